// The line under the card's name: who a person is (role, current title) or
// what kind of formulation a slogan is, so the card answers at a glance.
import { t } from '../../lib/i18n';
import type { LookupResponse } from '../../lib/messages';
import type { CardData } from './model';

/** The latest title the lookup knows: the row seen last (ties: begun last). */
function latestTitle(rows: LookupResponse['titlesOverTime']): string | undefined {
  let latest: LookupResponse['titlesOverTime'][number] | undefined;
  for (const row of rows) if (!latest || row.to > latest.to || (row.to === latest.to && row.from > latest.from)) latest = row;
  return latest?.title;
}

/**
 * A person's role (an official's is the card's kind already) and current
 * title: the titles this page gives them, else the latest one known elsewhere.
 */
export function cardSubtitle(data: CardData): string | undefined {
  const found = data.lookup && data.lookup !== 'loading' ? data.lookup : undefined;
  if (data.kind === 'slogan') {
    const kind = found?.sloganKind ?? data.slogan?.kind;
    return kind && t(`card.sloganKind.${kind}`);
  }
  if (data.kind === 'amount') return undefined;
  const role = data.person?.role ?? found?.role;
  const title = data.person?.titles.length ? data.person.titles.join('、') : found && latestTitle(found.titlesOverTime);
  const parts = [role && role !== 'official' ? t(`card.role.${role}`) : undefined, title].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}
