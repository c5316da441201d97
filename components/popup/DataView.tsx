// The history as files: export (JSON to import again, CSV for spreadsheets),
// import of a JSON export (merged by lib/db, all or nothing, its complaints
// listed), and clearing everything after an in-popup confirmation.
import { useState } from 'preact/hooks';
import { exportCsv, exportJson, type ExportResult } from '../../lib/db/export';
import { clearHistory } from '../../lib/db/history';
import { importJson, type ImportResult } from '../../lib/db/import';
import { t } from '../../lib/i18n';
import { exportFileName } from './model';

// Long enough for the browser to start reading the file; the popup's
// documents and their object URLs go when it closes anyway.
const REVOKE_AFTER_MS = 60_000;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

const FORMATS = {
  json: { run: () => exportJson(), type: 'application/json' },
  csv: { run: () => exportCsv(), type: 'text/csv;charset=utf-8' },
} satisfies Record<string, { run: () => Promise<ExportResult>; type: string }>;

type Status =
  | { kind: 'exported'; skipped: number }
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'cleared' };

export function DataView({ onError }: { onError: (error: unknown) => void }) {
  const [status, setStatus] = useState<Status>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<Status>) => {
    setBusy(true);
    setStatus(undefined);
    try {
      setStatus(await work());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: keyof typeof FORMATS) =>
    run(async () => {
      const { text, skipped } = await FORMATS[format].run();
      download(exportFileName(format, new Date()), FORMATS[format].type, text);
      return { kind: 'exported', skipped };
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (file) void run(async () => ({ kind: 'imported', result: await importJson(await file.text()) }));
  };

  const clear = () => {
    setConfirming(false);
    void run(async () => {
      await clearHistory();
      return { kind: 'cleared' };
    });
  };

  return (
    <section>
      <h2>{t('popup.data.export')}</h2>
      <div class="actions">
        <button type="button" data-testid="export-json" disabled={busy} onClick={() => void exportAs('json')}>
          {t('popup.data.exportJson')}
        </button>
        <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('popup.data.exportCsv')}
        </button>
      </div>

      <h2>{t('popup.data.import')}</h2>
      <p class="hint">{t('popup.data.importHint')}</p>
      <label class="file-label">
        {t('popup.data.import')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => importFile(e.currentTarget)}
        />
      </label>

      <h2>{t('popup.data.clear')}</h2>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-label={t('popup.data.clear')}>
          <p>{t('popup.data.clearConfirm')}</p>
          <div class="actions">
            <button type="button" class="danger" data-testid="clear-confirm" onClick={clear}>
              {t('popup.data.clearYes')}
            </button>
            <button type="button" data-testid="clear-cancel" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" data-testid="clear-history" disabled={busy} onClick={() => setConfirming(true)}>
          {t('popup.data.clear')}
        </button>
      )}

      {status && <StatusLine status={status} />}
    </section>
  );
}

function StatusLine({ status }: { status: Status }) {
  switch (status.kind) {
    case 'exported':
      return status.skipped ? <p class="status">{t('popup.data.skipped', { n: status.skipped })}</p> : null;
    case 'cleared':
      return <p class="status" data-testid="data-status">{t('popup.data.cleared')}</p>;
    case 'imported': {
      const { added, updated, errors } = status.result;
      if (!errors.length) return <p class="status" data-testid="data-status">{t('popup.data.imported', { added, updated })}</p>;
      return (
        <div class="status" role="alert" data-testid="import-errors">
          {t('popup.data.importRefused')}
          <ul class="errors">
            {errors.map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
        </div>
      );
    }
  }
}
