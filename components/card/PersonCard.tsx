// A person, below the card's header (name, role, current title): where the
// reader has seen them, the corpus documents naming them, their titles over
// time, the people most often named with them, and where to read more.
import type { Person } from '../../lib/extract/schema';
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import { drawnRows, TitleTimeline } from '../TitleTimeline';
import { CorpusHits, HistoryHits, Section, WithLookup } from './Sources';

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
  return (
    <>
      <WithLookup lookup={lookup}>
        {(found) => {
          const dated = drawnRows(found.titlesOverTime);
          return (
            <>
              <HistoryHits heading={t('card.seen.person')} hits={found.history} />
              <CorpusHits hits={found.corpus} />
              <Section heading={t('card.titlesOverTime')} empty={!dated.length && t('card.titlesOverTime.none')}>
                <TitleTimeline rows={dated} />
              </Section>
              <Section heading={t('card.coMentioned')} empty={!found.coMentioned.length && t('card.coMentioned.none')}>
                <p class="co">
                  {found.coMentioned.map((c) => (
                    <span key={c.name}>
                      {c.name} <span class="count">×{c.count}</span>
                    </span>
                  ))}
                </p>
              </Section>
            </>
          );
        }}
      </WithLookup>
      <Links name={name} title={person?.titles[0]} />
    </>
  );
}
