// Global pause and per-site switches. Kept in the history database rather than
// browser.storage: one store for all of Tifa's data, a read-modify-write in one
// transaction, and the popup can watch it with liveQuery like the history.
// clearHistory() leaves it alone.
import type { Settings } from '../messages';
import { db } from './database';
import { guardWrite } from './errors';
import { SettingsRecordSchema } from './schema';

const ID = 'settings';
const DEFAULTS: Settings = { paused: false, sitesOff: [] };

// A damaged record reads as the defaults: Tifa works rather than refusing to start.
export async function getSettings(): Promise<Settings> {
  const parsed = SettingsRecordSchema.safeParse(await db.settings.get(ID));
  return parsed.success ? { paused: parsed.data.paused, sitesOff: parsed.data.sitesOff } : DEFAULTS;
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

/** Whether Tifa may work on a page of this site. */
export const isSiteEnabled = (settings: Settings, site: string): boolean =>
  !settings.paused && !settings.sitesOff.includes(site.toLowerCase());
