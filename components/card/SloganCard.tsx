// A slogan or policy formulation: what it means, what kind it is, and where
// else it appears.
import type { Slogan } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import { CorpusHits, HistoryHits, WithLookup } from './Sources';

export function SloganCard({ slogan, lookup }: { slogan?: Slogan; lookup: LookupResponse | null | 'loading' }) {
  const found = lookup && lookup !== 'loading' ? lookup : undefined;
  const gloss = found?.gloss ?? slogan?.gloss;
  const kind = found?.sloganKind ?? slogan?.kind;
  const facts = found ?? slogan;
  const where = facts?.level === 'national' ? t('card.slogan.national') : facts?.place;
  const since = facts?.year === undefined ? undefined : t('card.slogan.since', { year: facts.year });
  return (
    <>
      {kind && <p class="role">{t(`card.sloganKind.${kind}`)}</p>}
      <section>
        <h3>{t('card.slogan.gloss')}</h3>
        <p class={gloss ? 'gloss' : 'empty'}>{gloss ?? t('card.slogan.noGloss')}</p>
        {(where || since) && <p class="facts">{[where, since].filter(Boolean).join(' · ')}</p>}
      </section>
      <WithLookup lookup={lookup}>
        {(hits) => (
          <>
            <CorpusHits hits={hits.corpus} />
            <HistoryHits hits={hits.history} />
          </>
        )}
      </WithLookup>
    </>
  );
}
