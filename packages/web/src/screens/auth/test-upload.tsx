import { useState } from 'preact/hooks';
import { formatNumber } from '../../app/format';
import { t } from '../../i18n';
import { localDb, syncEngine } from '../../store/device';
import { useLive } from '../../store/live';
import { queueUpload, retryUpload, UploadRefused } from '../../store/uploads';
import { Field } from '../../ui/field';

const KB = 1024;

/**
 * "Test photo upload": queues a photo or PDF the way observations will (resized on the phone,
 * sent in chunks, resumed after a reload or days offline) and shows how far each has gone.
 */
export function TestUpload() {
  const db = localDb.value;
  const uploads = useLive(db, (d) => d.uploads.orderBy('createdAt').reverse().limit(5).toArray(), []).value ?? [];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!db) return null;

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file || !db) return;
    setBusy(true);
    setError(null);
    try {
      await queueUpload(db, file, file.name);
      syncEngine.value?.schedule();
      input.value = '';
    } catch (e) {
      setError(e instanceof UploadRefused ? e.code : 'unknown');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="card">
      <h2>{t('upload.title')}</h2>
      <Field id="test-upload" label={t('upload.choose')} hint={t('upload.help')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            disabled={busy}
            onChange={(e) => choose(e.currentTarget)}
          />
        )}
      </Field>
      {error && (
        <p class="alert alert-error" role="alert">
          {t(`error.${error}`, { defaultValue: t('error.unknown') })}
        </p>
      )}
      {uploads.length > 0 && (
        <ul class="list rows" aria-live="polite">
          {uploads.map((u) => (
            <li key={u.id} class="row-with-action" data-testid="upload-row" data-status={u.status} data-id={u.id}>
              <span>
                {u.filename}{' '}
                <span class="muted">
                  {t(`upload.status.${u.status}`, {
                    done: formatNumber(Math.round(u.offset / KB)),
                    size: formatNumber(Math.round(u.size / KB)),
                  })}
                  {u.error ? ` · ${t(`error.${u.error}`, { defaultValue: u.error })}` : ''}
                </span>
              </span>
              {u.status === 'failed' && (
                <button type="button" class="button small secondary" onClick={() => retryUpload(db, u.id)}>
                  {t('upload.retry')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
