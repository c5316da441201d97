// The reader's settings: global pause, per-site switches, and how pages show
// marks (display). Kept in the history database rather than browser.storage:
// one store for all of Tifa's data, a read-modify-write in one transaction, and
// the popup and the settings page watch it with liveQuery like the history.
// Never sync storage: nothing leaves the machine. clearHistory() leaves it alone.
import type { MentionKind } from '../extract/schema';
import type { Display, DisplayChange, Settings } from '../messages';
import { db } from './database';
import { guardWrite } from './errors';
import { type SettingsRecord, SettingsRecordSchema } from './schema';

const ID = 'settings';
const withoutId = ({ id: _, ...settings }: SettingsRecord): Settings => settings;
/** Tifa on everywhere, the default marks (lib/dom/mark-styles.ts), the card on a click, the browser's language. */
export const DEFAULT_SETTINGS: Settings = withoutId(SettingsRecordSchema.parse({ id: ID, paused: false, sitesOff: [] }));

/**
 * The stored settings. A field the record lacks (it was written before the
 * field existed) reads as its default; a damaged record reads as the
 * defaults: Tifa works rather than refusing to start.
 */
export async function getSettings(): Promise<Settings> {
  const parsed = SettingsRecordSchema.safeParse(await db.settings.get(ID));
  return parsed.success ? withoutId(parsed.data) : DEFAULT_SETTINGS;
}

async function update(change: (s: Settings) => Settings): Promise<Settings> {
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = change(await getSettings());
      await db.settings.put(SettingsRecordSchema.parse({ id: ID, ...next }));
      return next;
    }),
  );
}

export const setPaused = (paused: boolean): Promise<Settings> => update((s) => ({ ...s, paused }));

export function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const host = site.toLowerCase();
  return update((s) => {
    const others = s.sitesOff.filter((x) => x !== host);
    return { ...s, sitesOff: enabled ? others : [...others, host].sort() };
  });
}

// A field sent as undefined is a field left as it is.
const given = <T extends object>(change: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(change ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Merges a change into the stored display settings, in one transaction: two quick changes never undo each other. */
export function setDisplay(change: DisplayChange): Promise<Settings> {
  return update((s) => {
    const marks = { ...s.marks };
    for (const kind of Object.keys(marks) as MentionKind[]) marks[kind] = { ...marks[kind], ...given(change.marks?.[kind]) };
    return { ...s, ...given({ cardOpens: change.cardOpens, language: change.language }), marks };
  });
}

/** What pages follow of the settings. */
export const displayOf = ({ marks, cardOpens, language }: Settings): Display => ({ marks, cardOpens, language });

/** Whether Tifa may work on a page of this site. */
export const isSiteEnabled = (settings: Settings, site: string): boolean =>
  !settings.paused && !settings.sitesOff.includes(site.toLowerCase());
