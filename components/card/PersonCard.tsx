// A person: who they are on this page (role, titles), where else they appear
// (corpus, the reader's history), their titles over time, the people most
// often named with them, and where to read more.
import type { Person } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import { CorpusHits, HistoryHits, WithLookup } from './Sources';

function Links({ name, title }: { name: string; title: string | undefined }) {
  const q = encodeURIComponent(name);
  const links = [
    { label: t('card.link.baike'), href: `https://baike.baidu.com/item/${q}` },
    { label: t('card.link.wikipedia'), href: `https://zh.wikipedia.org/wiki/${q}` },
    // With a title the search finds this person rather than a namesake.
    { label: t('card.link.search'), href: `https://www.bing.com/search?q=${encodeURIComponent(title ? `${name} ${title}` : name)}` },
  ];
  return (
    <section>
      <h3>{t('card.links')}</h3>
      <p class="links">
        {links.map((l) => (
          <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label}
          </a>
        ))}
      </p>
    </section>
  );
}

export function PersonCard({ name, person, lookup }: { name: string; person?: Person; lookup: LookupResponse | null | 'loading' }) {
  const role = person?.role ?? (lookup && lookup !== 'loading' ? lookup.role : undefined);
  return (
    <>
      {/* An official's role is the card's kind already. */}
      {role && role !== 'official' && <p class="role">{t(`card.role.${role}`)}</p>}
      {person && person.titles.length > 0 && (
        <section>
          <h3>{t('card.titlesHere')}</h3>
          <ul class="titles-here">
            {person.titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </section>
      )}
      <WithLookup lookup={lookup}>
        {(found) => (
          <>
            {found.titlesOverTime.length > 0 && (
              <section>
                <h3>{t('card.titlesOverTime')}</h3>
                <ul class="timeline">
                  {found.titlesOverTime.map((entry, i) => (
                    <li key={i}>
                      <time>{entry.date}</time> {entry.title}
                      <span class="source"> · {entry.source}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <CorpusHits hits={found.corpus} />
            <HistoryHits hits={found.history} />
            {found.coMentioned.length > 0 && (
              <section>
                <h3>{t('card.coMentioned')}</h3>
                <p class="co">
                  {found.coMentioned.map((c) => (
                    <span key={c.name}>
                      {c.name} <span class="count">×{c.count}</span>
                    </span>
                  ))}
                </p>
              </section>
            )}
          </>
        )}
      </WithLookup>
      <Links name={name} title={person?.titles[0]} />
    </>
  );
}
