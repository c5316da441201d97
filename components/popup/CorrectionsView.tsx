// The reader's corrections, newest first, each with what it says and an undo.
// Undoing goes through the background, which refuses it from any page but
// Tifa's own; the list follows the database.
import { listCorrections } from '../../lib/db/corrections';
import type { Correction } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import { CorrectionResponseSchema } from '../../lib/messages';
import type { PopupHost } from './host';
import { Loaded } from './Loaded';
import { useLiveQuery } from './use-live-query';

function describe(c: Correction): string {
  switch (c.type) {
    case 'not-person':
      return t('popup.corrections.notPerson', { name: c.name });
    case 'wrong-title':
      return t('popup.corrections.wrongTitle', { name: c.name, title: c.title });
    case 'slogan':
      return t('popup.corrections.slogan', { text: c.text });
    case 'not-slogan':
      return t('popup.corrections.notSlogan', { text: c.text });
  }
}

export function CorrectionsView({ host, onError }: { host: PopupHost; onError: (error: unknown) => void }) {
  const live = useLiveQuery(listCorrections, []);
  const undo = async (key: string): Promise<void> => {
    const reply = CorrectionResponseSchema.safeParse(await host.send({ type: 'uncorrect', key }));
    if (!reply.success) onError(new Error(t('popup.corrections.failed')));
  };
  return (
    <Loaded live={live}>
      {(records) =>
        records.length ? (
          <ul class="list">
            {records.map((r) => (
              <li key={r.key} class="ranked" data-testid="correction">
                <span>{describe(r.correction)}</span>
                <button type="button" class="undo" onClick={() => void undo(r.key).catch(onError)}>
                  {t('popup.corrections.undo')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('popup.corrections.empty')}</p>
        )
      }
    </Loaded>
  );
}
