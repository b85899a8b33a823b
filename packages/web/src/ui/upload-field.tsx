import { useState } from 'preact/hooks';
import { t } from '../i18n';
import type { UploadEntry } from '../store/db';
import { localDb, syncEngine } from '../store/device';
import { useLive } from '../store/live';
import { queueUpload, UPLOAD_TYPES, UploadRefused } from '../store/uploads';
import { Field } from './field';

/** The device's queue entry of upload `id` (live: its status moves to `done` once the server has it). */
export function useQueuedUpload(id: string | null): UploadEntry | undefined {
  return useLive(localDb.value, async (db) => (id ? db.uploads.get(id) : undefined), [id]).value;
}

/**
 * A file input that puts the chosen file in the resumable upload queue (store/uploads.ts) and
 * starts a sync round; `onQueued` gets the queue entry. A record may link the file once `upload`
 * (from `useQueuedUpload`) is `done`: the server refuses a link to an unfinished upload.
 */
export function UploadField({
  id,
  label,
  sendingHint,
  upload,
  onQueued,
}: {
  id: string;
  label: string;
  /** Shown while the file is going up. */
  sendingHint: string;
  upload: UploadEntry | undefined;
  onQueued: (entry: UploadEntry) => void;
}) {
  const [error, setError] = useState<string | null>(null);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    const db = localDb.value;
    if (!file || !db) return;
    setError(null);
    try {
      onQueued(await queueUpload(db, file, file.name));
      syncEngine.value?.schedule();
    } catch (e) {
      setError(e instanceof UploadRefused ? e.code : 'unknown');
    }
  }

  return (
    <Field
      id={id}
      label={label}
      hint={upload && upload.status !== 'done' ? sendingHint : t('upload.help')}
      error={
        // The generic 415 text speaks of the import's .csv/.xlsx; here the accepted files are photos and PDFs.
        error === 'unsupported_media_type'
          ? t('upload.typeRefused')
          : error
            ? t(`error.${error}`, { defaultValue: t('error.unknown') })
            : undefined
      }
    >
      {(c) => <input {...c} type="file" accept={UPLOAD_TYPES.join(',')} onChange={(e) => choose(e.currentTarget)} />}
    </Field>
  );
}
