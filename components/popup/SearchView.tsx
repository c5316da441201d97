// Search results: the people found by name (in characters or pinyin) or by a
// title they hold (each opens the person view), then the pages every word of
// the query matches, each with the people found on it and their titles there.
import { search } from '../../lib/db/history';
import { t } from '../../lib/i18n';
import { Loaded } from './Loaded';
import { rankPeople } from './model';
import { PageItem } from './PageItem';
import { useLiveQuery } from './use-live-query';

const PEOPLE_LIMIT = 8;

export function SearchView({ query, onPerson }: { query: string; onPerson: (name: string) => void }) {
  const live = useLiveQuery(async () => {
    const found = await search(query);
    return { pages: found.pages, people: rankPeople(found.people, PEOPLE_LIMIT) };
  }, [query]);
  return (
    <Loaded live={live}>
      {({ pages, people }) =>
        pages.length || people.length ? (
          <>
            {people.length > 0 && (
              <>
                <h2>{t('popup.search.people')}</h2>
                <ul class="list">
                  {people.map((person) => (
                    <li key={person.name} class="ranked">
                      <button type="button" class="entity" data-testid="search-person" onClick={() => onPerson(person.name)}>
                        {person.name}
                      </button>
                      {person.matchedTitles.length > 0 && (
                        <span class="titles" data-testid="search-person-titles">
                          {person.matchedTitles.join('、')}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {pages.length > 0 && (
              <>
                <h2>{t('popup.search.pages')}</h2>
                <ul class="list" data-testid="search-results">
                  {pages.map(({ page, people: found }) => (
                    <PageItem key={page.url} page={page}>
                      {found.length > 0 && (
                        <div class="titles" data-testid="search-found">
                          {found.map((p) => (p.titles.length ? `${p.name} ${p.titles.join('、')}` : p.name)).join('；')}
                        </div>
                      )}
                    </PageItem>
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
