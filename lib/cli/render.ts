// The report for a person reading in a terminal: the text with every mention
// marked in place, then the people, amounts and slogans found.
import type { Amount, MentionKind } from '../extract/schema';
import type { AnnotatedDocument } from './document';
import { formatTable } from './table';

export interface RenderOptions {
  /** ANSI colours (a terminal) rather than bracket markers (a file, a pipe). */
  color: boolean;
}

const MARKS: Record<MentionKind, { label: string; name: string; ansi: string }> = {
  official: { label: '官', name: 'official', ansi: '\x1b[1;30;43m' },
  person: { label: '人', name: 'person', ansi: '\x1b[4;36m' },
  amount: { label: '额', name: 'amount', ansi: '\x1b[1;32m' },
  slogan: { label: '口', name: 'slogan', ansi: '\x1b[1;35m' },
};
const RESET = '\x1b[0m';

const mark = (kind: MentionKind, text: string, color: boolean): string =>
  color ? `${MARKS[kind].ansi}${text}${RESET}` : `[${MARKS[kind].label}:${text}]`;

function legend(color: boolean): string {
  return Object.values(MARKS)
    .map((m) => `${color ? `${m.ansi}${m.label}${RESET}` : `[${m.label}:…]`} ${m.name}`)
    .join('  ');
}

export function markText(doc: Pick<AnnotatedDocument, 'text' | 'mentions'>, color: boolean): string {
  let out = '';
  let pos = 0;
  for (const m of doc.mentions) {
    if (m.start < pos) continue; // mentions never overlap; keep the text intact if one does
    out += doc.text.slice(pos, m.start) + mark(m.kind, doc.text.slice(m.start, m.end), color);
    pos = m.end;
  }
  return out + doc.text.slice(pos);
}

const number = (x: number | undefined): string =>
  x === undefined ? '…' : x.toLocaleString('en-US', { maximumFractionDigits: 6 });

export function amountValue(a: Amount): string {
  return a.min !== undefined || a.max !== undefined ? `${number(a.min)}–${number(a.max)}` : number(a.value);
}

function section(title: string, count: number, table: () => string): string {
  return `${title} (${count})\n${count ? table() : '  none found'}`;
}

export function renderReport(doc: AnnotatedDocument, { color }: RenderOptions): string {
  const heading = doc.title ? `${doc.doc} — ${doc.title}` : doc.doc;
  return [
    `== ${heading} ==`,
    legend(color),
    '',
    markText(doc, color),
    '',
    section('People', doc.persons.length, () =>
      formatTable(
        ['name', 'role', 'titles'],
        doc.persons.map((p) => [p.name, p.role, p.titles.join('、')]),
      ),
    ),
    '',
    section('Amounts', doc.amounts.length, () =>
      formatTable(
        ['as printed', 'value', 'unit', 'kind', 'approx'],
        doc.amounts.map((a) => [a.text, amountValue(a), a.unit, a.kind, a.approx ?? '']),
      ),
    ),
    '',
    section('Slogans', doc.slogans.length, () =>
      formatTable(
        ['slogan', 'kind', 'gloss'],
        doc.slogans.map((s) => [s.text, s.kind, s.gloss ?? '']),
      ),
    ),
    '',
  ].join('\n');
}
