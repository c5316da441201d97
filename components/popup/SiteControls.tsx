// The switches in the header: Tifa on or off for the current tab's site, and a
// global pause. The background stores them (it is the only writer); the popup
// shows the stored settings live, overridden by a choice made here once the
// background has accepted it or while it is on its way, so a switch never
// flips back while the database catches up.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, isSiteEnabled } from '../../lib/db/settings';
import { t } from '../../lib/i18n';
import type { Request } from '../../lib/messages';
import type { PopupHost } from './host';
import { replyError, tabSite } from './model';
import { useLiveQuery } from './use-live-query';

type Choices = { site?: boolean; paused?: boolean };

export function SiteControls({ host, onError }: { host: PopupHost; onError: (error: unknown) => void }) {
  const settings = useLiveQuery(getSettings, []);
  const [site, setSite] = useState<string>();
  const [chosen, setChosen] = useState<Choices>({});

  useEffect(() => {
    host.activeTabUrl().then((url) => setSite(tabSite(url)), onError);
  }, [host, onError]);

  const stored = settings.status === 'ready' ? settings.value : undefined;
  const paused = chosen.paused ?? stored?.paused ?? false;
  // The site switch shows the site's own setting, whatever the pause.
  const siteOn = chosen.site ?? (stored && site ? isSiteEnabled({ ...stored, paused: false }, site) : true);

  const change = async (field: keyof Choices, value: boolean, request: Request) => {
    setChosen((c) => ({ ...c, [field]: value }));
    try {
      const error = replyError(await host.send(request));
      if (error) throw error;
    } catch (error) {
      // Refused: show the stored setting again.
      setChosen((c) => ({ ...c, [field]: undefined }));
      onError(error);
    }
  };

  return (
    <>
      <div class="switches">
        <label class={`switch${site ? '' : ' off'}`} title={site}>
          <input
            type="checkbox"
            data-testid="site-toggle"
            checked={site ? siteOn : false}
            disabled={!site || !stored}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              if (site) void change('site', enabled, { type: 'set-site', site, enabled });
            }}
          />
          <span>{site ? t(siteOn ? 'popup.site.on' : 'popup.site.off', { site }) : t('popup.site.none')}</span>
        </label>
        <label class="switch">
          <input
            type="checkbox"
            data-testid="pause-toggle"
            checked={paused}
            disabled={!stored}
            onChange={(e) => {
              const value = e.currentTarget.checked;
              void change('paused', value, { type: 'set-paused', paused: value });
            }}
          />
          <span>{t('popup.pause')}</span>
        </label>
      </div>
      {paused && (
        <p class="notice" data-testid="paused-notice">
          {t('popup.paused')}
        </p>
      )}
    </>
  );
}
