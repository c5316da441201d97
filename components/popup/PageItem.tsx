// One page of the history in a list: its title (a link to it), site, day, and
// how many officials, people, amounts and slogans Tifa found there.
import type { ComponentChildren } from 'preact';
import type { PageRecord } from '../../lib/db/schema';
import { locale, t } from '../../lib/i18n';
import { KIND_ORDER, pageDay } from './model';

export function PageItem({ page, children }: { page: PageRecord; children?: ComponentChildren }) {
  return (
    <li class="item" data-testid="history-item">
      <a class="title" href={page.url} target="_blank" rel="noreferrer" title={page.url}>
        {page.title || page.url}
      </a>
      <div class="meta">
        <span>{page.site}</span>
        {page.paper && <span>{page.paper}</span>}
        <span>{pageDay(page, locale)}</span>
      </div>
      <div class="meta">
        {KIND_ORDER.map((kind) => (
          <span key={kind} class={`count ${kind}`} data-kind={kind}>
            {t(`kind.${kind}`)} {page.counts[kind]}
          </span>
        ))}
      </div>
      {children}
    </li>
  );
}
