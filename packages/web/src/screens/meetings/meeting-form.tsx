import { isCurrentMember } from '@mentora/core/policy';
import type { Meeting, MeetingKind } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { today } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { useLocalOrServer } from '../../app/use-local-or-server';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { groupView } from '../../store/queries';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Choices, Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { NumberField, readNumber } from '../../ui/number-field';
import { SavedNote } from '../../ui/saved-note';
import { fromLocalInput, loadMeeting, localMeeting, toLocalInput } from './queries';

// A cluster group's whole-group meeting is a cluster meeting (issue 9); other groups hold group meetings.
const kindsOf = (groupKind: string | undefined): MeetingKind[] =>
  groupKind === 'cluster' ? ['cluster_meeting', 'one_to_one'] : ['group_meeting', 'one_to_one'];

/**
 * `/groups/:groupId/meetings/new` schedules a meeting; `/meetings/:meetingId/edit` changes its
 * title, time or length. Works offline: the meeting shows at once, the server takes it later.
 */
export function MeetingForm({ groupId, meetingId }: { groupId?: string; meetingId?: string }) {
  const existing = useLocalOrServer(
    (db) => (meetingId ? localMeeting(db, meetingId) : Promise.resolve(undefined)),
    () => (meetingId ? loadMeeting(meetingId) : Promise.reject(new Error('no meeting'))),
    [meetingId],
  );
  const m = existing.data?.meeting;
  if (meetingId && existing.loading && !m) return <Loading />;
  if (meetingId && existing.error) return <ErrorBox error={existing.error} />;
  const group = groupId ?? m?.groupId;
  if (!group) return null;
  return (
    <div class="stack">
      <p>
        <a href={m ? `/meetings/${m.id}` : `/groups/${group}/meetings`}>{t('meetings.back')}</a>
      </p>
      <h1>{m ? t('meetings.editTitle') : t('meetings.newTitle')}</h1>
      {m && <ConflictCopies recordId={m.id} />}
      <Form key={m?.id ?? 'new'} groupId={group} existing={m} />
    </div>
  );
}

function Form({ groupId, existing: m }: { groupId: string; existing?: Meeting }) {
  const { route } = useLocation();
  const view = useLive(localDb.value, (db) => groupView(db, groupId), [groupId]).value;
  const kinds = kindsOf(view?.group.kind);
  const [chosenKind, setKind] = useState<MeetingKind | null>(null);
  const kind = chosenKind && kinds.includes(chosenKind) ? chosenKind : (kinds[0] as MeetingKind);
  const [title, setTitle] = useState(m?.title ?? '');
  const [when, setWhen] = useState(m ? toLocalInput(m.scheduledFor) : '');
  const [minutes, setMinutes] = useState(String(m?.durationMinutes ?? 60));
  const [mentee, setMentee] = useState('');
  const [endsOn, setEndsOn] = useState(m?.endsOn ?? '');
  const write = useDispatch();
  const day = today();
  const mentees = (view?.members ?? []).filter((x) => x.role === 'mentee' && isCurrentMember(x, day));

  async function submit(e: Event) {
    e.preventDefault();
    // Digits of any script (issue 10, kind 2); unreadable: the field says why and nothing is sent.
    const durationMinutes = readNumber(minutes);
    if (typeof durationMinutes !== 'number') return;
    if (m) {
      await write.run(
        'meeting.update',
        {
          id: m.id,
          ...(title.trim() !== m.title ? { title: title.trim() } : {}),
          ...(fromLocalInput(when) !== m.scheduledFor ? { scheduledFor: fromLocalInput(when) } : {}),
          ...(durationMinutes !== m.durationMinutes ? { durationMinutes } : {}),
          ...((endsOn || null) !== m.endsOn ? { endsOn: endsOn || null } : {}),
        },
        m,
      );
      return;
    }
    const done = await write.run('meeting.schedule', {
      groupId,
      kind,
      title: title.trim(),
      scheduledFor: fromLocalInput(when),
      durationMinutes,
      menteePersonId: kind === 'one_to_one' ? mentee : null,
      endsOn: kind === 'cluster_meeting' && endsOn ? endsOn : null,
    });
    if (done) route(`/meetings/${String(done.entry.args.id)}`);
  }

  return (
    <form class="card" onSubmit={submit}>
      {!m && (
        <Choices
          legend={t('meetings.kindLabel')}
          name="meeting-kind"
          options={kinds}
          value={kind}
          onChange={setKind}
          label={(k) => t(`meetings.kind.${k}`)}
        />
      )}
      {!m && kind === 'one_to_one' && (
        <Field id="meeting-mentee" label={t('meetings.mentee')} required>
          {(c) => (
            <select {...c} value={mentee} onChange={(e) => setMentee(e.currentTarget.value)}>
              <option value="">{t('meetings.chooseMentee')}</option>
              {mentees.map((x) => (
                <option key={x.personId} value={x.personId}>
                  {x.fullName ?? t('groups.notOnDevice')}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextField
        id="meeting-title"
        label={t('meetings.titleLabel')}
        required
        maxLength={200}
        value={title}
        onValue={setTitle}
      />
      <TextField
        id="meeting-when"
        label={t('meetings.when')}
        type="datetime-local"
        required
        value={when}
        onValue={setWhen}
      />
      <NumberField
        id="meeting-minutes"
        label={t('meetings.duration')}
        hint={t('meetings.durationHelp')}
        required
        value={minutes}
        onValue={setMinutes}
      />
      {(m ? m.kind : kind) === 'cluster_meeting' && (
        <TextField
          id="meeting-ends-on"
          label={t('meetings.lastDay')}
          hint={t('meetings.lastDayHelp')}
          type="date"
          value={endsOn}
          onValue={setEndsOn}
        />
      )}
      <ErrorBox error={write.error} />
      {m && <SavedNote outcome={write.outcome} />}
      <button
        type="submit"
        class="button"
        disabled={write.busy || !title.trim() || !when || !minutes || (!m && kind === 'one_to_one' && !mentee)}
      >
        {m ? t('common.save') : t('meetings.schedule')}
      </button>
    </form>
  );
}
