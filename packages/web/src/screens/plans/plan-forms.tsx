import { NEED_LEVELS, type NeedArea, type NeedLevel } from '@mentora/core/program-defaults';
import type { Need, NeedSource, PlanAction, TrainingModule } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { today } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { areaLabel, levelLabel, localized } from '../../ui/program-labels';
import { SavedNote } from '../../ui/saved-note';
import { UploadField, useQueuedUpload } from '../../ui/upload-field';
import type { PairView } from './plan-queries';

const SOURCES: NeedSource[] = ['self', 'observation', 'meeting'];

function TextArea(props: { id: string; label: string; value: string; onValue: (v: string) => void; max: number }) {
  return (
    <Field id={props.id} label={props.label} required>
      {(c) => (
        <textarea
          {...c}
          rows={3}
          maxLength={props.max}
          value={props.value}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/**
 * Records a need of the teacher, by the teacher or with their mentor (works offline). `areas`: the
 * program's need areas (`PlanView.needAreas`), offered in the program's order.
 */
export function NeedForm({
  pair,
  modules,
  areas,
  self,
}: {
  pair: PairView;
  modules: TrainingModule[];
  areas: NeedArea[];
  self: boolean;
}) {
  const [chosenArea, setAreaKey] = useState('');
  // The list may arrive or change after the first render (a sync): fall back to its first area.
  const areaKey = areas.some((a) => a.key === chosenArea) ? chosenArea : (areas[0]?.key ?? '');
  const [level, setLevel] = useState<NeedLevel>('basic');
  const [source, setSource] = useState<NeedSource>(self ? 'self' : 'meeting');
  const [moduleId, setModuleId] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<'pair' | 'group'>('pair');
  const write = useDispatch();

  async function submit(e: Event) {
    e.preventDefault();
    const done = await write.run('need.record', {
      ...pair,
      areaKey,
      level,
      source,
      moduleId: moduleId || null,
      description: description.trim(),
      visibility,
    });
    if (done) setDescription('');
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="need-form-title">
      <h3 id="need-form-title">{t('plans.need.record')}</h3>
      <Field id="need-area" label={t('plans.need.area')} required>
        {(c) => (
          <select {...c} value={areaKey} onChange={(e) => setAreaKey(e.currentTarget.value)}>
            {areas.map((a) => (
              <option key={a.key} value={a.key}>
                {areaLabel(a.key, areas)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="need-level" label={t('plans.need.level')} required>
        {(c) => (
          <select {...c} value={level} onChange={(e) => setLevel(e.currentTarget.value as NeedLevel)}>
            {NEED_LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelLabel(l)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="need-source" label={t('plans.need.source')} required>
        {(c) => (
          <select {...c} value={source} onChange={(e) => setSource(e.currentTarget.value as NeedSource)}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`plans.source.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {modules.length > 0 && (
        <Field id="need-module" label={t('plans.need.module')}>
          {(c) => (
            <select {...c} value={moduleId} onChange={(e) => setModuleId(e.currentTarget.value)}>
              <option value="">{t('plans.need.noModule')}</option>
              {modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {localized(m.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <TextArea
        id="need-description"
        label={t('plans.need.description')}
        value={description}
        onValue={setDescription}
        max={4000}
      />
      <Field id="need-visibility" label={t('plans.visibility.label')}>
        {(c) => (
          <select {...c} value={visibility} onChange={(e) => setVisibility(e.currentTarget.value as 'pair' | 'group')}>
            <option value="pair">{t('plans.visibility.pair')}</option>
            <option value="group">{t('plans.visibility.group')}</option>
          </select>
        )}
      </Field>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy || !description.trim()}>
        {t('plans.need.save')}
      </button>
    </form>
  );
}

/** A goal of the plan, derived from one or more open needs. */
export function GoalForm({ pair, needs, areas }: { pair: PairView; needs: Need[]; areas: NeedArea[] }) {
  const open = needs.filter((n) => n.status === 'open');
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const write = useDispatch();
  if (open.length === 0) return null;

  async function submit(e: Event) {
    e.preventDefault();
    const done = await write.run('goal.create', { ...pair, needIds: chosen, title: title.trim() });
    if (done) {
      setTitle('');
      setChosen([]);
    }
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('plans.goal.add')}</h3>
      <TextField
        id="goal-title"
        label={t('plans.goal.title')}
        required
        maxLength={500}
        value={title}
        onValue={setTitle}
      />
      <fieldset>
        <legend>{t('plans.goal.fromNeeds')}</legend>
        {open.map((n) => (
          <label class="choice" key={n.id}>
            <input
              type="checkbox"
              checked={chosen.includes(n.id)}
              onChange={(e) =>
                setChosen(e.currentTarget.checked ? [...chosen, n.id] : chosen.filter((x) => x !== n.id))
              }
            />
            <span>
              {areaLabel(n.areaKey, areas)} — {n.description}
            </span>
          </label>
        ))}
      </fieldset>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy || !title.trim() || chosen.length === 0}>
        {t('plans.goal.save')}
      </button>
    </form>
  );
}

/** Adds an action to a goal: what, who does it (the teacher or the mentor), by when. */
export function ActionForm({ goalId, people }: { goalId: string; people: { id: string; name: string }[] }) {
  const [title, setTitle] = useState('');
  const [assignee, setAssignee] = useState(people[0]?.id ?? '');
  const [dueDate, setDueDate] = useState(today());
  const write = useDispatch();
  const id = `action-${goalId}`;

  async function submit(e: Event) {
    e.preventDefault();
    const done = await write.run('action.add', { goalId, title: title.trim(), assigneePersonId: assignee, dueDate });
    if (done) setTitle('');
  }

  return (
    <form class="stack" onSubmit={submit} aria-label={t('plans.action.add')}>
      <TextField
        id={`${id}-title`}
        label={t('plans.action.title')}
        required
        maxLength={500}
        value={title}
        onValue={setTitle}
      />
      <Field id={`${id}-assignee`} label={t('plans.action.assignee')} required>
        {(c) => (
          <select {...c} value={assignee} onChange={(e) => setAssignee(e.currentTarget.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${id}-due`}
        label={t('plans.action.due')}
        type="date"
        required
        value={dueDate}
        onValue={setDueDate}
      />
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button secondary" disabled={write.busy || !title.trim() || !assignee || !dueDate}>
        {t('plans.action.add')}
      </button>
    </form>
  );
}

/**
 * A review of an action: what was done and how it went, with an optional evidence file (a photo or
 * PDF through the upload queue; the review can be saved once the server has the whole file).
 */
export function ReviewForm({ action }: { action: PlanAction }) {
  const [text, setText] = useState('');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const upload = useQueuedUpload(uploadId);
  const write = useDispatch();

  async function submit(e: Event) {
    e.preventDefault();
    const uploadIds = uploadId ? [uploadId] : [];
    const done = await write.run('action.review', { actionId: action.id, text: text.trim(), uploadIds });
    if (!done) return;
    setText('');
    setUploadId(null);
  }

  return (
    <form class="stack" onSubmit={submit} aria-label={t('plans.review.add')}>
      <TextArea id={`review-${action.id}`} label={t('plans.review.text')} value={text} onValue={setText} max={4000} />
      <UploadField
        id={`review-file-${action.id}`}
        label={t('plans.review.file')}
        sendingHint={t('plans.review.fileSending')}
        upload={upload}
        onQueued={(entry) => setUploadId(entry.id)}
      />
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button
        type="submit"
        class="button secondary"
        disabled={write.busy || !text.trim() || (uploadId !== null && upload?.status !== 'done')}
      >
        {t('plans.review.save')}
      </button>
    </form>
  );
}
