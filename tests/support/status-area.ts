// An in-memory browser.storage area, for what the background keeps there.
import type { StatusArea } from '../../lib/db/write-failure';

export function memoryArea(): StatusArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  type Listener = (changes: Record<string, unknown>) => void;
  const listeners = new Set<Listener>();
  const changed = (key: string, newValue: unknown) => listeners.forEach((l) => l({ [key]: { newValue } }));
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) {
        items.set(key, structuredClone(value));
        changed(key, value);
      }
    },
    remove: async (key) => {
      items.delete(key);
      changed(key, undefined);
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
}
