// A slogan or policy formulation, below the card's header (which says what
// kind it is): what it means, where it belongs, and where else it appears.
import type { Slogan } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import { CorpusHits, HistoryHits, WithLookup } from './Sources';

export function SloganCard({ slogan, lookup }: { slogan?: Slogan; lookup: LookupResponse | null | 'loading' }) {
  const found = lookup && lookup !== 'loading' ? lookup : undefined;
  const gloss = found?.gloss ?? slogan?.gloss;
  const facts = found ?? slogan;
  const where = facts?.level === 'national' ? t('card.slogan.national') : facts?.place;
  const since = facts?.year === undefined ? undefined : t('card.slogan.since', { year: facts.year });
  return (
    <>
      <section>
        <h3>{t('card.slogan.gloss')}</h3>
        <p class={gloss ? 'gloss' : 'empty'}>{gloss ?? t('card.slogan.noGloss')}</p>
        {(where || since) && <p class="facts">{[where, since].filter(Boolean).join(' · ')}</p>}
      </section>
      <WithLookup lookup={lookup}>
        {(hits) => (
          <>
            <HistoryHits heading={t('card.seen.slogan')} hits={hits.history} />
            <CorpusHits hits={hits.corpus} />
          </>
        )}
      </WithLookup>
    </>
  );
}
