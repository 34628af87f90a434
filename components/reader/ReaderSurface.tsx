import type { ComponentChildren, Ref } from 'preact';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { Prefs } from '../../utils/prefs/schema';
import { typographyOf, type Script } from '../../utils/prefs/typography';

export interface ReaderSurfaceProps {
  /** `popup` and `page`: a reader (`page` is modal, over a tab); `preview`: the options page's sample; `options`: the options page itself. */
  mode: 'popup' | 'page' | 'preview' | 'options';
  prefs: Prefs;
  children: ComponentChildren;
  surfaceRef?: Ref<HTMLDivElement>;
  label?: string;
  /** The script of the article shown, whose font and line spacing apply (typography.ts); Arabic by default. */
  script?: Script;
}

/**
 * The themed surface every reader is drawn on: theme, font, size, line
 * height, width and justification as data attributes and CSS variables, in
 * the UI's language and direction. The font and line height are those of
 * the article's script.
 */
export function ReaderSurface({ mode, prefs, children, surfaceRef, label, script = 'arabic' }: ReaderSurfaceProps) {
  const ui = useUiStrings();
  const { font, lineHeight, sizeFactor } = typographyOf(prefs, script);
  const style = {
    '--qari-font': font.stack,
    '--qari-size': `${Math.round(prefs.fontSize * sizeFactor * 10) / 10}px`,
    '--qari-leading': String(lineHeight),
  };
  return (
    <div
      class="qari"
      data-mode={mode}
      data-theme={prefs.theme}
      data-width={prefs.width}
      data-justify={String(prefs.justify)}
      data-script={script}
      dir={ui.dir}
      lang={ui.lang}
      style={style}
      ref={surfaceRef}
      aria-label={label}
      role={mode === 'preview' ? 'region' : mode === 'page' ? 'dialog' : undefined}
      aria-modal={mode === 'page' ? true : undefined}
    >
      {children}
    </div>
  );
}
