// The pages read last, newest first, updated as the background records more.
import { recentPages } from '../../lib/db/history';
import { t } from '../../lib/i18n';
import { Loaded } from './Loaded';
import { PageItem } from './PageItem';
import { useLiveQuery } from './use-live-query';

const RECENT_LIMIT = 50;

export function RecentView() {
  const live = useLiveQuery(() => recentPages(RECENT_LIMIT), []);
  return (
    <Loaded live={live}>
      {(pages) =>
        pages.length ? (
          <ul class="list" data-testid="recent-list">
            {pages.map((page) => (
              <PageItem key={page.url} page={page} />
            ))}
          </ul>
        ) : (
          <p class="empty">{t('popup.recent.empty')}</p>
        )
      }
    </Loaded>
  );
}
