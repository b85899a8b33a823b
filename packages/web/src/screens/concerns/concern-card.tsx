import type { ConcernCategory } from '@mentora/core/concerns';
import { mayTransition } from '@mentora/core/concerns';
import type { Meeting, OrgUnit } from '@mentora/core/types';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { localized } from '../../ui/program-labels';
import type { ConcernShown } from './queries';

/** A category's label in the user's language; a key no longer in the list shows as itself. */
export function categoryLabel(key: string, categories: readonly ConcernCategory[]): string {
  const c = categories.find((x) => x.key === key);
  return c ? localized(c.label) : key;
}

/** What a concern card offers its reader: the mentor manages it, its raiser shares or reopens it. */
export interface CardContext {
  categories: readonly ConcernCategory[];
  mentor: boolean;
  /** Open concerns of the cluster another may be merged into (mentor). */
  others?: readonly ConcernShown[];
  /** Meetings it may go on the agenda of (mentor, board). */
  meetings?: readonly Meeting[];
  schools?: readonly OrgUnit[];
}

function Facts({ c, ctx }: { c: ConcernShown; ctx: CardContext }) {
  const school = ctx.schools?.find((s) => s.id === c.followUpSchoolUnitId);
  return (
    <>
      <p class="muted">
        {[categoryLabel(c.category, ctx.categories), c.subject, c.grade].filter(Boolean).join(' · ')}
        {' · '}
        <span data-testid="concern-state">{t(`concerns.state.${c.state}`)}</span>
        {c.overdue && (
          <>
            {' '}
            <span class="overdue">{t('concerns.overdue')}</span>
          </>
        )}
      </p>
      <p class="kept-text">{c.description}</p>
      <p class="muted">
        {c.raiserNames.length > 0
          ? t('concerns.raisedBy', { names: c.raiserNames.join(', ') })
          : t('concerns.nameHidden')}
        {' · '}
        {t('concerns.raisedOn', { date: formatDate(c.raisedAt) })}
      </p>
      {c.followUpBy && (
        <p>{t('concerns.followUpAt', { school: school?.name ?? '—', date: formatDate(c.followUpBy) })}</p>
      )}
      {c.resolution && (
        <p>
          <strong>{t('concerns.resolution')}:</strong> {c.resolution}
        </p>
      )}
    </>
  );
}

/** The mentor's moves for one concern, by the lifecycle (core `concern-lifecycle.ts`). */
function MentorActions({ c, ctx }: { c: ConcernShown; ctx: CardContext }) {
  const write = useDispatch();
  const [open, setOpen] = useState<'resolve' | 'followUp' | null>(null);
  const [resolution, setResolution] = useState('');
  const [school, setSchool] = useState('');
  const [by, setBy] = useState('');
  const [into, setInto] = useState('');
  const [meeting, setMeeting] = useState('');
  const id = c.id;
  const mergeTargets = (ctx.others ?? []).filter((o) => o.id !== id && mayTransition('merge', o.state));
  return (
    <div class="stack">
      <div class="actions">
        {mayTransition('discuss', c.state) && (
          <button type="button" class="button small" onClick={() => write.run('concern.discuss', { id })}>
            {t('concerns.discuss')}
          </button>
        )}
        {mayTransition('resolve', c.state) && (
          <button type="button" class="button small" onClick={() => setOpen(open === 'resolve' ? null : 'resolve')}>
            {t('concerns.resolve')}
          </button>
        )}
        {mayTransition('sendToFollowUp', c.state) && (
          <button
            type="button"
            class="button small secondary"
            onClick={() => setOpen(open === 'followUp' ? null : 'followUp')}
          >
            {t('concerns.sendToFollowUp')}
          </button>
        )}
        {mayTransition('close', c.state) && (
          <button type="button" class="button small secondary" onClick={() => write.run('concern.close', { id })}>
            {t('concerns.close')}
          </button>
        )}
        {mayTransition('reopen', c.state) && (
          <button type="button" class="button small secondary" onClick={() => write.run('concern.reopen', { id })}>
            {t('concerns.reopen')}
          </button>
        )}
      </div>
      {open === 'resolve' && (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await write.run('concern.resolve', { id, resolution: resolution.trim() })) setOpen(null);
          }}
        >
          <Field id={`resolution-${id}`} label={t('concerns.resolutionLabel')} required>
            {(f) => (
              <textarea {...f} rows={3} value={resolution} onInput={(e) => setResolution(e.currentTarget.value)} />
            )}
          </Field>
          <button type="submit" class="button" disabled={write.busy || !resolution.trim()}>
            {t('concerns.saveResolution')}
          </button>
        </form>
      )}
      {open === 'followUp' && (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            if (await write.run('concern.sendToFollowUp', { id, schoolUnitId: school, followUpBy: by })) setOpen(null);
          }}
        >
          <Field id={`school-${id}`} label={t('concerns.school')} required>
            {(f) => (
              <select {...f} value={school} onChange={(e) => setSchool(e.currentTarget.value)}>
                <option value="">{t('concerns.chooseSchool')}</option>
                {(ctx.schools ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField id={`by-${id}`} type="date" label={t('concerns.followUpBy')} required value={by} onValue={setBy} />
          <button type="submit" class="button" disabled={write.busy || !school || !by}>
            {t('concerns.saveFollowUp')}
          </button>
        </form>
      )}
      {mergeTargets.length > 0 && (
        <form
          class="row-with-action"
          onSubmit={(e) => {
            e.preventDefault();
            if (into) write.run('concern.merge', { id, intoId: into });
          }}
        >
          <Field id={`merge-${id}`} label={t('concerns.mergeInto')}>
            {(f) => (
              <select {...f} value={into} onChange={(e) => setInto(e.currentTarget.value)}>
                <option value="">{t('concerns.chooseConcern')}</option>
                {mergeTargets.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.description.slice(0, 60)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" class="button small secondary" disabled={!into || write.busy}>
            {t('concerns.merge')}
          </button>
        </form>
      )}
      {ctx.meetings && ctx.meetings.length > 0 && mayTransition('merge', c.state) && (
        <form
          class="row-with-action"
          onSubmit={(e) => {
            e.preventDefault();
            if (meeting) write.run('concern.addToAgenda', { id, meetingId: meeting });
          }}
        >
          <Field id={`agenda-${id}`} label={t('concerns.addToAgenda')}>
            {(f) => (
              <select {...f} value={meeting || c.meetingId || ''} onChange={(e) => setMeeting(e.currentTarget.value)}>
                <option value="">{t('concerns.chooseMeeting')}</option>
                {ctx.meetings?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {`${m.title} · ${formatDate(m.scheduledFor)}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" class="button small secondary" disabled={!meeting || write.busy}>
            {t('concerns.add')}
          </button>
        </form>
      )}
      <ErrorBox error={write.error} />
    </div>
  );
}

/** The raiser's choices: show it to the cluster, with or without their name; reopen it. */
function RaiserActions({ c }: { c: ConcernShown }) {
  const write = useDispatch();
  const share = (sharedWithCluster: boolean, showRaiserName: boolean) =>
    write.run('concern.share', { id: c.id, sharedWithCluster, showRaiserName: sharedWithCluster && showRaiserName });
  return (
    <div class="stack">
      <label class="choice">
        <input
          type="checkbox"
          checked={c.sharedWithCluster}
          onChange={(e) => share(e.currentTarget.checked, c.showRaiserName)}
        />
        {t('concerns.shareWithCluster')}
      </label>
      {c.sharedWithCluster && (
        <label class="choice">
          <input type="checkbox" checked={c.showRaiserName} onChange={(e) => share(true, e.currentTarget.checked)} />
          {t('concerns.showMyName')}
        </label>
      )}
      {mayTransition('reopen', c.state) && (
        <div class="actions">
          <button
            type="button"
            class="button small secondary"
            onClick={() => write.run('concern.reopen', { id: c.id })}
          >
            {t('concerns.reopen')}
          </button>
        </div>
      )}
      <ErrorBox error={write.error} />
    </div>
  );
}

/** One concern: what it is about, its state, and what its reader may do with it. */
export function ConcernCard({ c, ctx, children }: { c: ConcernShown; ctx: CardContext; children?: ComponentChildren }) {
  return (
    <li class="card" data-testid="concern" data-state={c.state}>
      <Facts c={c} ctx={ctx} />
      {children}
      {ctx.mentor && <MentorActions c={c} ctx={ctx} />}
      {!ctx.mentor && c.raisedByMe && <RaiserActions c={c} />}
    </li>
  );
}
