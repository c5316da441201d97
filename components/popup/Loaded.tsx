// The three states of a live query in one place: a loading line, the error,
// or the value handed to the view.
import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { errorText } from './model';
import type { Live } from './use-live-query';

export function Loaded<T>({ live, children }: { live: Live<T>; children: (value: T) => ComponentChildren }) {
  if (live.status === 'loading') return <p class="empty">{t('common.loading')}</p>;
  if (live.status === 'error') return <p class="notice" role="alert">{errorText(live.error, t)}</p>;
  return <>{children(live.value)}</>;
}
