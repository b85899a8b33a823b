import type { ArtefactKind, MeetingArtefact } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { UploadField, useQueuedUpload } from '../../ui/upload-field';

const KINDS: ArtefactKind[] = ['test', 'lesson_plan', 'link', 'file'];

/** Joint work of the meeting (a test prepared together, a lesson plan, a link, a file). */
export function ArtefactList({
  artefacts,
  onRemove,
}: {
  artefacts: MeetingArtefact[];
  onRemove?: (id: string) => void;
}) {
  const mine = me.value?.personId;
  if (artefacts.length === 0) return <p class="muted">{t('meetings.noArtefacts')}</p>;
  return (
    <ul class="list rows">
      {artefacts.map((a) => (
        <li key={a.id} class="row-with-action" data-testid="artefact">
          <span>
            <a href={a.url ?? `/api/uploads/${a.uploadId}/content`} target="_blank" rel="noopener noreferrer">
              {a.title}
            </a>{' '}
            <span class="muted">{t(`meetings.artefactKind.${a.kind}`)}</span>
          </span>
          {onRemove && a.authorPersonId === mine && (
            <button
              type="button"
              class="button small secondary"
              aria-label={t('meetings.removeArtefact', { title: a.title })}
              onClick={() => onRemove(a.id)}
            >
              {t('meetings.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Adds an artefact: a link, or a file that goes up through the resumable uploads. A file is
 * attached once the server has all of it (the server refuses a link to an unfinished upload).
 */
export function ArtefactForm({ meetingId }: { meetingId: string }) {
  const [kind, setKind] = useState<ArtefactKind>('link');
  const [source, setSource] = useState<'url' | 'file'>('url');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const write = useDispatch();
  const upload = useQueuedUpload(uploadId);
  const useFile = kind === 'file' || (kind !== 'link' && source === 'file');

  async function attach(e: Event) {
    e.preventDefault();
    const done = await write.run('meeting.attachArtefact', {
      meetingId,
      kind,
      title: title.trim(),
      url: useFile ? null : url.trim(),
      uploadId: useFile ? uploadId : null,
    });
    if (!done) return;
    setTitle('');
    setUrl('');
    setUploadId(null);
  }

  const ready = useFile ? upload?.status === 'done' : url.trim() !== '';
  return (
    <form onSubmit={attach}>
      <h3>{t('meetings.addArtefact')}</h3>
      <Field id="artefact-kind" label={t('meetings.artefactKindLabel')}>
        {(c) => (
          <select {...c} value={kind} onChange={(e) => setKind(e.currentTarget.value as ArtefactKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`meetings.artefactKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind !== 'link' && kind !== 'file' && (
        <Field id="artefact-source" label={t('meetings.source')}>
          {(c) => (
            <select {...c} value={source} onChange={(e) => setSource(e.currentTarget.value as 'url' | 'file')}>
              <option value="url">{t('meetings.sourceUrl')}</option>
              <option value="file">{t('meetings.sourceFile')}</option>
            </select>
          )}
        </Field>
      )}
      <TextField
        id="artefact-title"
        label={t('meetings.artefactTitle')}
        required
        maxLength={200}
        value={title}
        onValue={setTitle}
      />
      {useFile ? (
        <UploadField
          id="artefact-file"
          label={t('meetings.file')}
          sendingHint={t('meetings.fileUploading')}
          upload={upload}
          onQueued={(entry) => {
            setUploadId(entry.id);
            if (!title.trim()) setTitle(entry.filename);
          }}
        />
      ) : (
        <TextField
          id="artefact-url"
          label={t('meetings.url')}
          type="url"
          ltr
          required
          maxLength={2000}
          value={url}
          onValue={setUrl}
        />
      )}
      <ErrorBox error={write.error} />
      <button type="submit" class="button" disabled={write.busy || !title.trim() || !ready}>
        {t('meetings.attach')}
      </button>
    </form>
  );
}
