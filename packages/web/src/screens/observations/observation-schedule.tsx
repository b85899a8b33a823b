import type { ObservationDirection } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { today } from '../../app/format';
import { me, programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Choices, Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { defaultVersion, scheduleChoices } from './queries';

type Side = 'observe' | 'invite';

/**
 * Who observes whom follows from the two roles (issue 8: "mentor → mentee, mentee → mentor (a mentor
 * invites colleagues to observe their lesson), peer"): the user observes a colleague, or invites one.
 */
function directionOf(observerRole: string, observedRole: string): ObservationDirection {
  if (observerRole === observedRole) return 'peer';
  return observerRole === 'mentor' ? 'mentor_to_mentee' : 'mentee_to_mentor';
}

/** Schedules a cycle, offline too: the pre-observation conference is the next step. */
export function ObservationSchedule() {
  const personId = me.value?.personId ?? '';
  const day = today();
  const { route, query } = useLocation();
  // From the teacher's home: `?direction=mentee_to_mentor` (observe my mentor) or `mentor_to_mentee`
  // (invite my mentor to observe me) preselects the side and the mentor.
  const towardsMentor = query.direction === 'mentee_to_mentor' || query.direction === 'mentor_to_mentee';
  const live = useLive(
    localDb.value,
    async (db) => ({
      choices: await scheduleChoices(db, personId, day),
      version: programId.value ? await defaultVersion(db, programId.value) : undefined,
    }),
    [personId, day, programId.value],
  );
  const [groupId, setGroupId] = useState('');
  const [other, setOther] = useState('');
  const [side, setSide] = useState<Side>(query.direction === 'mentor_to_mentee' ? 'invite' : 'observe');
  const [when, setWhen] = useState(`${day}T08:00`);
  const write = useDispatch();
  if (!live.loaded) return <Loading />;
  const choices = live.value?.choices ?? [];
  const isMentor = (o: { role: string }) => o.role === 'mentor';
  const group =
    choices.find((c) => c.groupId === groupId) ??
    (towardsMentor ? choices.find((c) => c.myRole === 'mentee' && c.others.some(isMentor)) : undefined) ??
    choices[0];
  const colleague =
    group?.others.find((o) => o.personId === other) ??
    (towardsMentor ? group?.others.find(isMentor) : undefined) ??
    group?.others[0];

  async function submit(e: Event) {
    e.preventDefault();
    if (!group || !colleague) return;
    const iObserve = side === 'observe';
    const done = await write.run('observation.schedule', {
      groupId: group.groupId,
      observerPersonId: iObserve ? personId : colleague.personId,
      observedPersonId: iObserve ? colleague.personId : personId,
      direction: iObserve ? directionOf(group.myRole, colleague.role) : directionOf(colleague.role, group.myRole),
      ...(live.value?.version ? { instrumentVersionId: live.value.version.id } : {}),
      scheduledFor: new Date(when).toISOString(),
    });
    if (done) route(`/observations/${String(done.entry.args.id)}`);
  }

  return (
    <div class="stack">
      <p>
        <a href="/observations">{t('observations.back')}</a>
      </p>
      <h1>{t('observations.scheduleTitle')}</h1>
      {choices.length === 0 ? (
        <p class="muted">{t('observations.noGroup')}</p>
      ) : (
        <form class="card" onSubmit={submit}>
          <Field id="obs-group" label={t('observations.group')} required>
            {(c) => (
              <select {...c} value={group?.groupId} onChange={(e) => setGroupId(e.currentTarget.value)}>
                {choices.map((g) => (
                  <option key={g.groupId} value={g.groupId}>
                    {g.groupName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="obs-colleague" label={t('observations.colleague')} required>
            {(c) => (
              <select {...c} value={colleague?.personId} onChange={(e) => setOther(e.currentTarget.value)}>
                {group?.others.map((o) => (
                  <option key={o.personId} value={o.personId}>
                    {o.fullName} ({t(`memberRole.${o.role}`)})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Choices
            legend={t('observations.side')}
            name="obs-side"
            options={['observe', 'invite'] as const}
            value={side}
            onChange={setSide}
            label={(s) => t(`observations.sides.${s}`)}
          />
          <Field id="obs-when" label={t('observations.when')} required>
            {(c) => <input {...c} type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
          </Field>
          <ErrorBox error={write.error} />
          <button type="submit" class="button" disabled={write.busy || !colleague || !when}>
            {t('observations.schedule')}
          </button>
        </form>
      )}
    </div>
  );
}
