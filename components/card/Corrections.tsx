// "Is Tifa wrong?": the reader's word on what the card is about — no person, a
// title they do not hold, a slogan or not — kept by the background and applied
// on every page from then on; the popup lists them to undo.
import type { Correction } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import type { CardData } from './model';

/** What the reader may say of the card's subject. */
export function correctionsFor(data: CardData): { label: string; correction: Correction }[] {
  switch (data.kind) {
    case 'official':
    case 'person':
      if (data.unmarked) return [{ label: t('card.correct.isSlogan'), correction: { type: 'slogan', text: data.key } }];
      return [
        { label: t('card.correct.notPerson'), correction: { type: 'not-person', name: data.key } },
        ...(data.person?.titles ?? []).map((title) => ({
          label: t('card.correct.wrongTitle', { title }),
          correction: { type: 'wrong-title' as const, name: data.key, title },
        })),
      ];
    case 'slogan':
      return [{ label: t('card.correct.notSlogan'), correction: { type: 'not-slogan', text: data.key } }];
    case 'amount':
      return [];
  }
}

export function Corrections({ data, onCorrect }: { data: CardData; onCorrect: (c: Correction) => void }) {
  const choices = correctionsFor(data);
  if (choices.length === 0) return null;
  return (
    <section class="corrections">
      <h3>{t('card.correct')}</h3>
      {data.corrected ? (
        <p class="notice" role="status">
          {t('card.correct.saved')}
        </p>
      ) : (
        <p class="choices">
          {choices.map((c) => (
            <button key={c.label} type="button" onClick={() => onCorrect(c.correction)}>
              {c.label}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
