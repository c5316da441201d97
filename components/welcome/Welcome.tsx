// The first-run page: what Tifa marks (each kind drawn as the reader's marks
// are), that nothing leaves the machine, the sample article to try it on, and
// where the settings are.
import { useEffect, useState } from 'preact/hooks';
import { markLook } from '../../lib/dom/mark-styles';
import { DEFAULT_SETTINGS, getSettings } from '../../lib/db/settings';
import { t, setLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/messages';
import { PREVIEW_TEXT } from '../options/model';
import { KIND_ORDER } from '../popup/model';

export interface WelcomeHost {
  /** The bundled sample article's address. */
  sampleUrl: string;
  openSettings(): void;
}

export function Welcome({ host }: { host: WelcomeHost }) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    // Unreadable settings: the page shows the defaults, as Tifa then uses them.
    getSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
  }, []);
  if (!settings) return null;
  setLanguage(settings.language);

  return (
    <main class="welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <ul class="kinds">
        {KIND_ORDER.map((kind) => (
          <li key={kind} data-kind={kind}>
            <span class="preview light">
              <span style={markLook(settings.marks[kind], 'light')}>{PREVIEW_TEXT[kind]}</span>
            </span>{' '}
            {t(`welcome.kind.${kind}`)}
          </li>
        ))}
      </ul>
      <p>{t('welcome.card')}</p>

      <section class="section">
        <h2>{t('welcome.try')}</h2>
        <p>{t('welcome.try.text')}</p>
        <a class="button" href={host.sampleUrl} data-testid="open-sample">
          {t('welcome.try.open')}
        </a>
      </section>

      <section class="section">
        <h2>{t('welcome.private')}</h2>
        <p>{t('welcome.private.text')}</p>
      </section>

      <section class="section">
        <h2>{t('welcome.settings')}</h2>
        <p>{t('welcome.settings.text')}</p>
        <button type="button" data-testid="open-settings" onClick={() => host.openSettings()}>
          {t('welcome.settings.open')}
        </button>
      </section>
    </main>
  );
}
