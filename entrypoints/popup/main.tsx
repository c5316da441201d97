// The toolbar popup: the reader's history and Tifa's switches.
import { render } from 'preact';
import { App } from '../../components/popup/App';
import { browserHost } from '../../components/popup/host';
import { db } from '../../lib/db/database';
import { getSettings } from '../../lib/db/settings';
import { locale, setLanguage } from '../../lib/i18n';
import '../../components/theme.css';
import '../../components/popup/popup.css';

// Opening the database takes a while: it starts now, alongside the first
// render, rather than when the views first query it. The views report a failure.
db.open().catch(() => {});

// The first render waits for the reader's language (one record, read as the
// database opens), so the popup never changes language under the reader.
void getSettings()
  .then(({ language }) => setLanguage(language), () => undefined)
  .then(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    render(<App host={browserHost} />, document.getElementById('app')!);
  });
