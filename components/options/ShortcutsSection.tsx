// The keyboard shortcuts: the browser's commands with the keys the reader has
// for them now, the page's own Alt+Shift+K, and the way to change them.
import { useEffect, useState } from 'preact/hooks';
import { CARD_SHORTCUT, NEXT_MARK, PREVIOUS_MARK } from '../../lib/content/shortcuts';
import { type MessageKey, t } from '../../lib/i18n';
import type { OptionsHost, Shortcut } from './host';
import { keysOf } from './model';

// The commands this page has words for in both languages; others show the manifest's description.
const DESCRIBED: Readonly<Record<string, MessageKey>> = { 'toggle-highlights': 'options.shortcuts.toggle-highlights' };

export function ShortcutsSection({ host, onError }: { host: OptionsHost; onError: (error: unknown) => void }) {
  const [commands, setCommands] = useState<Shortcut[]>([]);
  useEffect(() => {
    host.shortcuts().then(setCommands, onError);
  }, [host, onError]);

  const rows = [
    ...commands
      // Chrome lists the toolbar button's own command, which has no description.
      .filter((c) => c.name && !c.name.startsWith('_'))
      .map((c) => ({ name: c.name, keys: c.keys, what: DESCRIBED[c.name] ? t(DESCRIBED[c.name]!) : c.description })),
    { name: 'card', keys: keysOf(CARD_SHORTCUT), what: t('options.shortcuts.card') },
    { name: 'next-mark', keys: keysOf(NEXT_MARK), what: t('options.shortcuts.next-mark') },
    { name: 'previous-mark', keys: keysOf(PREVIOUS_MARK), what: t('options.shortcuts.previous-mark') },
  ];
  const open = host.openShortcutSettings;
  return (
    <section class="section" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('options.shortcuts')}</h2>
      <table class="shortcuts">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-testid="shortcut" data-command={row.name}>
              <td>{row.keys ? <kbd>{row.keys}</kbd> : <span class="muted">{t('options.shortcuts.unset')}</span>}</td>
              <td>{row.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open ? (
        <button type="button" class="link-button" data-testid="shortcuts-change" onClick={() => void open().catch(onError)}>
          {t('options.shortcuts.change')}
        </button>
      ) : (
        <p class="hint">{t('options.shortcuts.firefox')}</p>
      )}
    </section>
  );
}
