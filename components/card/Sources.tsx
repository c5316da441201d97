// The history pages and corpus documents where an entity appears, shared by
// the person and slogan cards: each a section that says once when it is
// empty. Page text is rendered as text only.
import type { ComponentChildren } from 'preact';
import { locale, t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';

type HistoryHit = LookupResponse['history'][number];

const isWebAddress = (url: string): boolean => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
const day = (ms: number): string => new Date(ms).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en');
const pad = (n: number): string => String(n).padStart(2, '0');
/** The article's date, else the day of the visit where the reader is: what "newest" means for a page. */
const dateOf = (hit: HistoryHit): string => {
  if (hit.date) return hit.date;
  const d = new Date(hit.visited);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const newestFirst = (a: HistoryHit, b: HistoryHit): number => {
  const [da, db] = [dateOf(a), dateOf(b)];
  return da === db ? b.visited - a.visited : da < db ? 1 : -1;
};

/** A section with its heading, its items, or one line saying there are none. */
export function Section({ heading, empty, children }: { heading: string; empty: string | false; children?: ComponentChildren }) {
  return (
    <section>
      <h3>{heading}</h3>
      {empty === false ? children : <p class="empty">{empty}</p>}
    </section>
  );
}

/** The pages of the reader's history (the page being read is not among them), newest article first, with paper and date. */
export function HistoryHits({ heading, hits }: { heading: string; hits: LookupResponse['history'] }) {
  return (
    <Section heading={heading} empty={!hits.length && t('card.seen.none')}>
      <ul class="hits">
        {[...hits].sort(newestFirst).map((hit) => (
          <li key={hit.url}>
            <div class="page">
              {isWebAddress(hit.url) ? (
                <a href={hit.url} target="_blank" rel="noopener noreferrer">
                  {hit.title || hit.url}
                </a>
              ) : (
                hit.title
              )}
            </div>
            <div class="meta">
              {hit.paper ?? hit.site} · {hit.date ?? t('card.visited', { date: day(hit.visited) })}
            </div>
            {hit.titles.length > 0 && <div class="titles">{hit.titles.join('、')}</div>}
            {hit.snippet && <div class="snippet">{hit.snippet}</div>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function CorpusHits({ hits }: { hits: LookupResponse['corpus'] }) {
  return (
    <Section heading={t('card.corpus')} empty={!hits.length && t('card.corpus.none')}>
      <ul class="hits">
        {hits.map((hit) => (
          <li key={hit.doc}>
            <div class="meta">
              {hit.paper} · {hit.date}
            </div>
            {hit.titles.length > 0 && <div class="titles">{hit.titles.join('、')}</div>}
            <div class="snippet">{hit.snippet}</div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Renders `children` with the background's answer once it is there. */
export function WithLookup({
  lookup,
  children,
}: {
  lookup: LookupResponse | null | 'loading';
  children: (found: LookupResponse) => ComponentChildren;
}) {
  if (lookup === 'loading') return <p class="empty">{t('common.loading')}</p>;
  if (!lookup) return <p class="empty">{t('card.unavailable')}</p>;
  return <>{children(lookup)}</>;
}
