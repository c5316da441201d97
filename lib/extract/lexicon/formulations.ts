// The formulations lexicon (提法): data files checked against the schema when
// loaded, and every printed form of an entry — its text, its listed variants,
// its numerals as digits, without 的 — resolved to that entry. Traditional
// script needs no forms of its own: extraction reads the page in simplified.
import { parseNumeral } from '../numerals';
import { type Formulation, FormulationFileSchema } from './formulation-schema';
import hunan from './formulations/hunan.json';
import economy from './formulations/national-economy.json';
import partyGovernance from './formulations/national-party-governance.json';
import ruralSociety from './formulations/national-rural-society.json';
import provinces from './formulations/provinces.json';

const FILES: Record<string, unknown> = {
  'national-party-governance': partyGovernance,
  'national-economy': economy,
  'national-rural-society': ruralSociety,
  hunan,
  provinces,
};

/** One data file's entries; a file that breaks the schema is an error naming the file, the entry and the field. */
export function parseFormulations(name: string, data: unknown): Formulation[] {
  const parsed = FormulationFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`formulations/${name}.json: entry ${String(issue.path[0])}, ${issue.path.slice(1).join('.') || 'entry'}: ${issue.message}`);
}

export const FORMULATIONS: readonly Formulation[] = Object.entries(FILES).flatMap(([name, data]) => parseFormulations(name, data));

// A Chinese numeral counting something (`八项`, `五个`, `二十条`) is also printed in digits (`8项`).
const COUNTED = /[一二三四五六七八九十百]+(?=[项个大条类张号批点件])/g;

/** Every printed form of an entry that resolves to it, the entry's own text first. */
export function formsOf(f: Formulation): string[] {
  const forms = new Set([f.text, ...(f.variants ?? [])]);
  for (const form of [...forms]) {
    forms.add(form.replace(COUNTED, (n) => String(parseNumeral(n) ?? n)));
    if (form.includes('的')) forms.add(form.replaceAll('的', ''));
  }
  return [...forms].filter((form) => form.length >= 2);
}

const BY_FORM = new Map<string, Formulation>();
for (const f of FORMULATIONS) for (const form of formsOf(f)) if (!BY_FORM.has(form)) BY_FORM.set(form, f);

/** The entry a phrase (in simplified script) is a printed form of. */
export function formulationOf(phrase: string): Formulation | undefined {
  return BY_FORM.get(phrase);
}

// `湖南省株洲市` → 湖南, 株洲; `广西壮族自治区` → 广西; `湖南省湘西土家族苗族自治州` → 湖南, 湘西.
const PLACE_PART = /(.+?)(?:土家族苗族|苗族侗族|布依族苗族|哈尼族彝族|壮族|回族|维吾尔|藏族|彝族|朝鲜族)?(?:自治区|特别行政区|自治州|省|市|地区|盟)/g;

function shortNames(place: string): string[] {
  return [...place.matchAll(PLACE_PART)].map((m) => m[1]!).filter((name) => name.length >= 2);
}

// A province is also named by its cities: those the lexicon has entries for.
const CITIES = new Map<string, Set<string>>();
for (const f of FORMULATIONS) {
  const [province, city] = shortNames(f.place ?? '');
  if (province && city) CITIES.set(province, (CITIES.get(province) ?? new Set()).add(city));
}

/** The names a page uses for a local entry's place: its province or city, or a city of its province; none for a national one. */
export function placeNames(f: Formulation): string[] {
  const [province, city] = shortNames(f.place ?? '');
  if (!province) return [];
  return city ? [province, city] : [province, ...(CITIES.get(province) ?? [])];
}

/** Every printed form of every entry. */
export function allForms(): Iterable<string> {
  return BY_FORM.keys();
}
