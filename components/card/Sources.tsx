// The corpus documents and history pages where an entity appears, shared by
// the person and slogan cards. Page text is rendered as text only.
import type { ComponentChildren } from 'preact';
import { locale, t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';

const isWebAddress = (url: string): boolean => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
const day = (ms: number): string => new Date(ms).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en');

export function CorpusHits({ hits }: { hits: LookupResponse['corpus'] }) {
  return (
    <section>
      <h3>{t('card.corpus')}</h3>
      {hits.length ? (
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
      ) : (
        <p class="empty">{t('card.none')}</p>
      )}
    </section>
  );
}

export function HistoryHits({ hits }: { hits: LookupResponse['history'] }) {
  return (
    <section>
      <h3>{t('card.history')}</h3>
      {hits.length ? (
        <ul class="hits">
          {hits.map((hit) => (
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
                {hit.site} · {t('card.visited', { date: day(hit.visited) })}
              </div>
              {hit.titles.length > 0 && <div class="titles">{hit.titles.join('、')}</div>}
              {hit.snippet && <div class="snippet">{hit.snippet}</div>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('card.none')}</p>
      )}
    </section>
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
