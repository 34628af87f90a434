import { render } from 'preact';
import '../../assets/reader.css';
import './library.css';
import { installFontFaces } from '../../utils/browser/fonts';
import { t, uiDirection, uiLanguage } from '../../utils/browser/i18n';
import { App } from './App';

document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('libraryTitle');
installFontFaces(document);
render(<App />, document.getElementById('app')!);
