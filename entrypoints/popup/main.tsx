import { render } from 'preact';
import '../../assets/reader.css';
import './popup.css';
import { installFontFaces } from '../../utils/browser/fonts';
import { t, uiDirection, uiLanguage } from '../../utils/browser/i18n';
import { App } from './App';

const param = new URLSearchParams(location.search).get('tabId');
const tabId = param && /^\d+$/.test(param) ? Number(param) : undefined;
if (tabId !== undefined) document.documentElement.dataset.tab = '';
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
document.title = t('appName');
installFontFaces(document);
render(<App tabId={tabId} />, document.getElementById('app')!);
