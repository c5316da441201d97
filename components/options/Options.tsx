// The settings page: which kinds are marked and how, how the card opens, the
// UI language, the sites Tifa is off on, and the keyboard shortcuts. It shows
// the stored settings live; every change goes to the background, which stores
// it and has every open tab follow it.
import { useCallback, useState } from 'preact/hooks';
import { DEFAULT_MARKS } from '../../lib/dom/mark-styles';
import { getSettings } from '../../lib/db/settings';
import { locale, t, setLanguage } from '../../lib/i18n';
import { type Display, type DisplayChange, DisplaySchema, type Request, type Settings } from '../../lib/messages';
import { Loaded } from '../popup/Loaded';
import { errorText, replyError } from '../popup/model';
import { useLiveQuery } from '../popup/use-live-query';
import type { OptionsHost } from './host';
import { MarksSection } from './MarksSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';

const LanguageSchema = DisplaySchema.shape.language;
// Each language by its own name, whatever the page's language.
const languageName = (language: Display['language']): string =>
  language === 'auto' ? t('options.language.auto') : { zh: '中文', en: 'English' }[language];

export function Options({ host }: { host: OptionsHost }) {
  const settings = useLiveQuery(getSettings, []);
  const [notice, setNotice] = useState<string>();
  const report = useCallback((error: unknown) => setNotice(errorText(error, t)), []);

  /** Sends a change; true once the background has stored it. */
  const send = async (request: Request): Promise<boolean> => {
    try {
      const error = replyError(await host.send(request));
      if (error) throw error;
      setNotice(undefined);
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };
  const setDisplay = (change: DisplayChange) => void send({ type: 'set-display', change });

  return (
    <Loaded live={settings}>
      {(s: Settings) => {
        // The page speaks the language it is set to, from the first render on.
        setLanguage(s.language);
        document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
        return (
          <main class="options">
            <header>
              <h1>{t('options.title')}</h1>
              <p class="hint">{t('options.local')}</p>
            </header>
            {notice && (
              <p class="notice" role="alert" data-testid="notice">
                {notice}
              </p>
            )}
            {s.paused && (
              <p class="notice" data-testid="paused-notice">
                {t('options.paused')}
              </p>
            )}
            <MarksSection marks={s.marks} onChange={(kind, style) => setDisplay({ marks: { [kind]: style } })} onReset={() => setDisplay({ marks: DEFAULT_MARKS })} />
            <section class="section" aria-labelledby="card-heading">
              <h2 id="card-heading">{t('options.card')}</h2>
              {(['click', 'hover'] as const).map((mode) => (
                <label key={mode} class="choice">
                  <input
                    type="radio"
                    name="card-opens"
                    data-testid={`card-opens-${mode}`}
                    checked={s.cardOpens === mode}
                    onChange={() => setDisplay({ cardOpens: mode })}
                  />
                  <span>{t(`options.card.${mode}`)}</span>
                </label>
              ))}
            </section>
            <section class="section" aria-labelledby="language-heading">
              <h2 id="language-heading">{t('options.language')}</h2>
              <select
                data-testid="language"
                aria-labelledby="language-heading"
                value={s.language}
                onChange={(e) => setDisplay({ language: LanguageSchema.parse(e.currentTarget.value) })}
              >
                {LanguageSchema.options.map((language) => (
                  <option key={language} value={language}>
                    {languageName(language)}
                  </option>
                ))}
              </select>
            </section>
            <SitesSection sites={s.sitesOff} onSite={(site, enabled) => send({ type: 'set-site', site, enabled })} />
            <ShortcutsSection host={host} onError={report} />
          </main>
        );
      }}
    </Loaded>
  );
}
