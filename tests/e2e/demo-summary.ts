// The demo's text report: what Tifa marked on the page (counted from the
// highlights themselves), who the people are with the titles the article gives
// them, the amounts and slogans, and what the card showed.
import type { Extraction, MentionKind } from '../../lib/extract';
import type { CardContent } from './harness/card';
import type { PaintedMention } from './harness/marks';
import type { NewsArticle } from './harness/news-page';

export interface DemoReport {
  article: NewsArticle;
  url: string;
  painted: PaintedMention[];
  /** The extractor's reading of the same text, for the titles, values and glosses. */
  extraction: Extraction;
  clicked: string;
  card: CardContent | null;
  screenshot: string;
}

const KIND_LABELS: Record<MentionKind, string> = { official: 'officials', person: 'other people', amount: 'amounts', slogan: 'slogans' };

/** Distinct texts with how often each occurs, in order of first occurrence. */
function occurrences(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join('，');
}

export function formatSummary(r: DemoReport): string {
  const of = (kind: MentionKind): string[] => r.painted.filter((m) => m.kind === kind).map((m) => m.text);
  const lines = [
    `Tifa demo: ${r.article.paper}, ${r.article.date} (seeds/${r.article.file})`,
    `Page: ${r.url}`,
    '',
    `Marked in the article: ${r.painted.length} mentions`,
    ...(Object.keys(KIND_LABELS) as MentionKind[]).map(
      (kind) => `  ${KIND_LABELS[kind].padEnd(13)} ${String(of(kind).length).padStart(4)} marks, ${new Set(of(kind)).size} distinct`,
    ),
    '',
    'People, with the titles the article gives them:',
    ...r.extraction.persons.map((p) => `  ${p.name} (${p.role})${p.titles.length ? `: ${p.titles.join('、')}` : ''}`),
    '',
    'Amounts:',
    `  ${occurrences(of('amount'))}`,
    '',
    'Slogans:',
    ...r.extraction.slogans.map((s) => `  ${s.text} (${s.kind})${s.gloss ? `: ${s.gloss}` : ''}`),
    '',
    `Card opened on ${r.clicked}:`,
    ...(r.card
      ? r.card.sections.flatMap((s) => [`  ${s.heading}`, ...s.items.map((item) => `    - ${item}`)])
      : ['  (no card)']),
    '',
    `Screenshot: ${r.screenshot}`,
  ];
  return `${lines.join('\n')}\n`;
}
