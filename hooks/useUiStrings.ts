import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TextDirection } from '../utils/article';
import { t, uiDirection, uiLanguage } from '../utils/browser/i18n';
import type { Translate } from '../utils/ui-strings';

/** The interface's strings, its language and its direction (never the article's). */
export interface UiStrings {
  t: Translate;
  lang: string;
  dir: TextDirection;
}

/** The browser's UI strings by default; a test or a preview may provide others. */
export const UiStringsContext = createContext<UiStrings>({ t, lang: uiLanguage(), dir: uiDirection() });

/** The UI strings for a component: components never call the platform's i18n themselves. */
export function useUiStrings(): UiStrings {
  return useContext(UiStringsContext);
}
