import type { ComponentChildren, Ref } from 'preact';
import { fontChoice } from '../../utils/prefs/fonts';
import { useUiStrings } from '../../hooks/useUiStrings';
import type { Prefs } from '../../utils/prefs/schema';

export interface ReaderSurfaceProps {
  /** `popup` and `page`: a reader (`page` is modal, over a tab); `preview`: the options page's sample; `options`: the options page itself. */
  mode: 'popup' | 'page' | 'preview' | 'options';
  prefs: Prefs;
  children: ComponentChildren;
  surfaceRef?: Ref<HTMLDivElement>;
  label?: string;
}

/**
 * The themed surface every reader is drawn on: theme, font, size, line
 * height, width and justification as data attributes and CSS variables, in
 * the UI's language and direction.
 */
export function ReaderSurface({ mode, prefs, children, surfaceRef, label }: ReaderSurfaceProps) {
  const ui = useUiStrings();
  const style = {
    '--qari-font': fontChoice(prefs.font).stack,
    '--qari-size': `${prefs.fontSize}px`,
    '--qari-leading': String(prefs.lineHeight),
  };
  return (
    <div
      class="qari"
      data-mode={mode}
      data-theme={prefs.theme}
      data-width={prefs.width}
      data-justify={String(prefs.justify)}
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
