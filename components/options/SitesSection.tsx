// The sites Tifa is switched off on: each can be switched back on, and a site
// can be added by its name or any address on it.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { siteFromInput } from './model';

interface Props {
  sites: readonly string[];
  onSite: (site: string, enabled: boolean) => Promise<boolean>;
}

export function SitesSection({ sites, onSite }: Props) {
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState<string>();

  const add = async (e: Event) => {
    e.preventDefault();
    const site = siteFromInput(typed);
    setInvalid(site ? undefined : typed);
    if (site && (await onSite(site, false))) setTyped('');
  };

  return (
    <section class="section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options.sites')}</h2>
      {sites.length ? (
        <ul class="sites" data-testid="sites-off">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span class="site">{site}</span>
              <button type="button" data-testid="site-remove" aria-label={t('options.sites.removeLabel', { site })} onClick={() => void onSite(site, true)}>
                {t('options.sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty" data-testid="sites-none">
          {t('options.sites.none')}
        </p>
      )}
      <form class="add-site" onSubmit={(e) => void add(e)}>
        <input
          type="text"
          data-testid="site-input"
          aria-label={t('options.sites.addLabel')}
          placeholder={t('options.sites.placeholder')}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" data-testid="site-add">
          {t('options.sites.add')}
        </button>
      </form>
      {invalid !== undefined && (
        <p class="notice" role="alert" data-testid="site-invalid">
          {t('options.sites.invalid', { text: invalid })}
        </p>
      )}
    </section>
  );
}
