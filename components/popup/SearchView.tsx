// Search results: the people whose names match (each opens the person view),
// then the pages that name a matching person or slogan, or whose site or
// title matches.
import { search } from '../../lib/db/history';
import { t } from '../../lib/i18n';
import { Loaded } from './Loaded';
import { matchingNames } from './model';
import { PageItem } from './PageItem';
import { useLiveQuery } from './use-live-query';

const NAME_LIMIT = 8;

export function SearchView({ query, onPerson }: { query: string; onPerson: (name: string) => void }) {
  const live = useLiveQuery(async () => {
    const found = await search(query);
    return { pages: found.pages, names: matchingNames(found.names, query, NAME_LIMIT) };
  }, [query]);
  return (
    <Loaded live={live}>
      {({ pages, names }) =>
        pages.length || names.length ? (
          <>
            {names.length > 0 && (
              <>
                <h2>{t('popup.search.people')}</h2>
                <ul class="list">
                  {names.map((name) => (
                    <li key={name} class="ranked">
                      <button type="button" class="entity" data-testid="search-person" onClick={() => onPerson(name)}>
                        {name}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {pages.length > 0 && (
              <>
                <h2>{t('popup.search.pages')}</h2>
                <ul class="list" data-testid="search-results">
                  {pages.map((page) => (
                    <PageItem key={page.url} page={page} />
                  ))}
                </ul>
              </>
            )}
          </>
        ) : (
          <p class="empty">{t('popup.search.none', { query: query.trim() })}</p>
        )
      }
    </Loaded>
  );
}
