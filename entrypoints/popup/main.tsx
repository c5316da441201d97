// The toolbar popup: the reader's history and Tifa's switches.
import { render } from 'preact';
import { App } from '../../components/popup/App';
import { browserHost } from '../../components/popup/host';
import { locale } from '../../lib/i18n';
import '../../components/popup/popup.css';

document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
render(<App host={browserHost} />, document.getElementById('app')!);
