// Tells the reader that the background could not save the last page (storage
// full, most likely), and when. Read once as the popup opens.
import { useEffect, useState } from 'preact/hooks';
import type { WriteFailureStatus } from '../../lib/db/write-failure';
import { locale, t } from '../../lib/i18n';
import type { PopupHost } from './host';
import { writeFailureText } from './model';

export function WriteFailureNotice({ host }: { host: PopupHost }) {
  const [failure, setFailure] = useState<WriteFailureStatus>();
  useEffect(() => {
    // Without the status the popup still works; there is nothing to tell.
    host.lastWriteFailure().then(setFailure, () => {});
  }, [host]);
  if (!failure) return null;
  return (
    <p class="notice" role="alert" data-testid="write-failure">
      {writeFailureText(failure, t, locale)}
    </p>
  );
}
