// The popup: the site switches, a search box, and one view at a time — recent
// pages, the most seen officials and slogans, the reader's corrections, the data tools, search results,
// or one person. A storage failure anywhere, or the background's last failed
// write, shows as a notice on top.
import { useCallback, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { CorrectionsView } from './CorrectionsView';
import { DataView } from './DataView';
import type { PopupHost } from './host';
import { errorText } from './model';
import { PersonView } from './PersonView';
import { RecentView } from './RecentView';
import { SearchView } from './SearchView';
import { SiteControls } from './SiteControls';
import { TopView } from './TopView';
import { WriteFailureNotice } from './WriteFailureNotice';

const TABS = {
  recent: 'popup.tab.recent',
  top: 'popup.tab.top',
  corrections: 'popup.tab.corrections',
  data: 'popup.tab.data',
} as const satisfies Record<string, MessageKey>;
type Tab = keyof typeof TABS;

export function App({ host }: { host: PopupHost }) {
  const [tab, setTab] = useState<Tab>('recent');
  const [query, setQuery] = useState('');
  const [person, setPerson] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const report = useCallback((error: unknown) => setNotice(errorText(error, t)), []);

  const search = (text: string) => {
    setQuery(text);
    setPerson(undefined);
  };
  const openTab = (next: Tab) => {
    setTab(next);
    search('');
  };

  const body = person ? (
    <PersonView name={person} host={host} onBack={() => setPerson(undefined)} />
  ) : query.trim() ? (
    <SearchView query={query} onPerson={setPerson} />
  ) : tab === 'recent' ? (
    <RecentView />
  ) : tab === 'top' ? (
    <TopView onPerson={setPerson} onSlogan={search} />
  ) : tab === 'corrections' ? (
    <CorrectionsView host={host} onError={report} />
  ) : (
    <DataView onError={report} />
  );

  return (
    <div class="popup">
      <header class="head">
        <div class="brand">
          <h1>{t('app.name')}</h1>
          <span>{t('app.tagline')}</span>
        </div>
        <SiteControls host={host} onError={report} />
      </header>
      <WriteFailureNotice host={host} />
      {notice && (
        <p class="notice" role="alert" data-testid="notice">
          {notice}
        </p>
      )}
      <div class="search">
        <input
          type="search"
          data-testid="history-search"
          placeholder={t('popup.search.placeholder')}
          aria-label={t('popup.search.placeholder')}
          value={query}
          onInput={(e) => search(e.currentTarget.value)}
        />
      </div>
      <nav class="tabs" role="tablist">
        {(Object.keys(TABS) as Tab[]).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            data-testid={`tab-${key}`}
            aria-selected={tab === key && !query.trim() && !person}
            onClick={() => openTab(key)}
          >
            {t(TABS[key])}
          </button>
        ))}
      </nav>
      <main class="body">{body}</main>
    </div>
  );
}
