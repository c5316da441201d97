// Tells the reader that the background could not save the last page (storage
// full, most likely), and when; it appears and goes as writes fail and succeed.
import { useEffect, useState } from 'preact/hooks';
import type { WriteFailureStatus } from '../../lib/db/write-failure';
import { locale, t } from '../../lib/i18n';
import type { PopupHost } from './host';
import { writeFailureText } from './model';

export function WriteFailureNotice({ host }: { host: PopupHost }) {
  const [failure, setFailure] = useState<WriteFailureStatus>();
  useEffect(() => host.watchWriteFailure(setFailure), [host]);
  if (!failure) return null;
  return (
    <p class="notice" role="alert" data-testid="write-failure">
      {writeFailureText(failure, t, locale)}
    </p>
  );
}
