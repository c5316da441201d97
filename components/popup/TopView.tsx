// The officials and slogans met on the most pages. An official opens the
// person view; a slogan searches for the pages that use it.
import type { EntityCount } from '../../lib/db/history';
import { topEntities } from '../../lib/db/history';
import { t, type MessageKey } from '../../lib/i18n';
import { Loaded } from './Loaded';
import { useLiveQuery } from './use-live-query';

const TOP_LIMIT = 15;

function Ranked({ heading, testid, entries, onPick }: {
  heading: MessageKey;
  testid: string;
  entries: EntityCount[];
  onPick: (key: string) => void;
}) {
  return (
    <>
      <h2>{t(heading)}</h2>
      {entries.length ? (
        <ul class="list">
          {entries.map((e) => (
            <li key={e.key} class="ranked" data-testid={testid}>
              <button type="button" class="entity" onClick={() => onPick(e.key)}>
                {e.key}
              </button>
              <span class="n">{t('popup.pages', { n: e.pages })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('popup.top.empty')}</p>
      )}
    </>
  );
}

export function TopView({ onPerson, onSlogan }: { onPerson: (name: string) => void; onSlogan: (text: string) => void }) {
  const live = useLiveQuery(
    () => Promise.all([topEntities('official', TOP_LIMIT), topEntities('slogan', TOP_LIMIT)]),
    [],
  );
  return (
    <Loaded live={live}>
      {([officials, slogans]) => (
        <>
          <Ranked heading="popup.top.officials" testid="top-official" entries={officials} onPick={onPerson} />
          <Ranked heading="popup.top.slogans" testid="top-slogan" entries={slogans} onPick={onSlogan} />
        </>
      )}
    </Loaded>
  );
}
