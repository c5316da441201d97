// One person across the reader's history and the corpus: the titles they held
// over time (a timeline of periods, each with its sources), every page that
// named them (oldest first, with the titles each gave), and the corpus
// documents about them. The history is read live; the corpus comes from the
// background, which holds its index.
import { useEffect, useState } from 'preact/hooks';
import { personView } from '../../lib/db/history';
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import { drawnRows, TitleTimeline } from '../TitleTimeline';
import type { PopupHost } from './host';
import { Loaded } from './Loaded';
import { latestTitles, parseEntityReply, personKind } from './model';
import { PageItem } from './PageItem';
import { type Live, useLiveQuery } from './use-live-query';

function Corpus({ live }: { live: Live<LookupResponse> }) {
  if (live.status === 'error') return <p class="empty">{t('popup.person.corpusError')}</p>;
  return (
    <Loaded live={live}>
      {(found) => (
        <>
          {drawnRows(found.titlesOverTime).length > 0 && (
            <>
              <h2>{t('popup.person.titles')}</h2>
              <TitleTimeline rows={found.titlesOverTime} />
            </>
          )}
          <h2>{t('popup.person.corpus')}</h2>
          {found.corpus.length ? (
            <ul class="list">
              {found.corpus.map((hit) => (
                <li key={hit.doc} class="item" data-testid="corpus-item">
                  <div class="meta">
                    <span>{hit.paper}</span>
                    <span>{hit.date}</span>
                    <span>{hit.city}</span>
                  </div>
                  {hit.titles.length > 0 && <div class="titles">{hit.titles.join('、')}</div>}
                  <div class="snippet">{hit.snippet}</div>
                </li>
              ))}
            </ul>
          ) : (
            <p class="empty">{t('popup.person.none')}</p>
          )}
        </>
      )}
    </Loaded>
  );
}

export function PersonView({ name, host, onBack }: { name: string; host: PopupHost; onBack: () => void }) {
  const visits = useLiveQuery(() => personView(name), [name]);
  const kind = visits.status === 'ready' ? personKind(visits.value) : undefined;
  const [corpus, setCorpus] = useState<Live<LookupResponse>>({ status: 'loading' });
  useEffect(() => {
    if (!kind) return;
    let current = true;
    setCorpus({ status: 'loading' });
    host
      .send({ type: 'entity', kind, key: name })
      .then(parseEntityReply)
      .then(
        (value) => current && setCorpus({ status: 'ready', value }),
        (error: unknown) => current && setCorpus({ status: 'error', error }),
      );
    return () => {
      current = false;
    };
  }, [host, name, kind]);

  return (
    <section data-testid="person-view">
      <div class="person-head">
        <button type="button" onClick={onBack} data-testid="person-back">
          {t('common.back')}
        </button>
        <h2>{name}</h2>
      </div>
      <Loaded live={visits}>
        {(found) => {
          const titles = latestTitles(found);
          return (
            <>
              {titles.length > 0 && <p class="titles">{titles.join('、')}</p>}
              <Corpus live={corpus} />
              <h2>
                {t('popup.person.history')} · {t('popup.pages', { n: found.length })}
              </h2>
              {found.length ? (
                <ul class="list">
                  {found.map(({ page, mention }) => (
                    <PageItem key={`${page.url}\u0000${mention.kind}`} page={page}>
                      {mention.titles.length > 0 && <div class="titles">{mention.titles.join('、')}</div>}
                      {mention.snippet && <div class="snippet">{mention.snippet}</div>}
                    </PageItem>
                  ))}
                </ul>
              ) : (
                <p class="empty">{t('popup.person.none')}</p>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
