import { type PortfolioPromptSet, portfolioPromptSet } from '@mentora/core/program-defaults';
import type { Reflection } from '@mentora/core/types';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { today } from '../../app/format';
import { me, programId } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ConflictCopies } from '../../ui/conflict-copies';
import { ErrorBox } from '../../ui/error-box';
import { Field, TextField } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { SavedNote } from '../../ui/saved-note';
import { inLocale, programPromptSet } from './prompts';
import { type PairChoice, pairChoices } from './queries';

interface FormProps {
  set: PortfolioPromptSet;
  pairs: PairChoice[];
  existing?: Reflection;
  onSaved: (id: string) => void;
}

/** "group:partner" of the pair an entry is written for, or '' for the writer alone. */
const pairKey = (groupId: string | null, partner: string | null) => (groupId ? `${groupId}:${partner ?? ''}` : '');

function ReflectionForm({ set, pairs, existing, onSaved }: FormProps) {
  const [answers, setAnswers] = useState<Record<string, string>>(existing?.answers ?? {});
  const [entryDate, setEntryDate] = useState(existing?.entryDate ?? today());
  const [pair, setPair] = useState('');
  const write = useDispatch();
  const filled = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim() !== ''));

  async function submit(e: Event) {
    e.preventDefault();
    const [groupId, partner] = pair ? pair.split(':') : [null, null];
    const done = existing
      ? await write.run('reflection.update', { id: existing.id, answers: filled, entryDate }, existing)
      : await write.run('reflection.write', {
          programId: programId.value ?? '',
          authorPersonId: me.value?.personId ?? '',
          groupId: groupId ?? null,
          partnerPersonId: partner || null,
          answers: filled,
          entryDate,
        });
    if (done) onSaved(String(done.entry.args.id));
  }

  return (
    <form class="card" onSubmit={submit}>
      {set.prompts.map((p) => (
        <Field key={p.key} id={`prompt-${p.key}`} label={inLocale(p.label)} hint={inLocale(p.hint)}>
          {(control) => (
            <textarea
              {...control}
              rows={4}
              maxLength={4000}
              value={answers[p.key] ?? ''}
              onInput={(e) => setAnswers({ ...answers, [p.key]: e.currentTarget.value })}
            />
          )}
        </Field>
      ))}
      <TextField
        id="entry-date"
        label={t('reflections.entryDate')}
        type="date"
        required
        value={entryDate}
        onValue={setEntryDate}
      />
      {!existing && pairs.length > 0 && (
        <Field id="entry-pair" label={t('reflections.writtenFor')} hint={t('reflections.writtenForHint')}>
          {(control) => (
            <select {...control} value={pair} onChange={(e) => setPair(e.currentTarget.value)}>
              <option value="">{t('reflections.justMe')}</option>
              {pairs.flatMap((g) =>
                g.partners.map((p) => (
                  <option key={`${g.groupId}:${p.personId}`} value={pairKey(g.groupId, p.personId)}>
                    {p.fullName} · {g.groupName}
                  </option>
                )),
              )}
            </select>
          )}
        </Field>
      )}
      <p class="muted">{t('reflections.privateUntilShared')}</p>
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
      <button type="submit" class="button" disabled={write.busy || Object.keys(filled).length === 0 || !entryDate}>
        {t('common.save')}
      </button>
    </form>
  );
}

/** Write a portfolio entry, or edit one (`reflectionId`): the prompts of the program's set, offline. */
export function ReflectionEdit({ reflectionId }: { reflectionId?: string }) {
  const { route } = useLocation();
  const personId = me.value?.personId ?? '';
  const data = useLive(
    localDb.value,
    async (db) => {
      const existing = reflectionId ? await db.rows('reflections').get(reflectionId) : undefined;
      // An entry keeps the prompt set it was written with, even if the program chose another since.
      const set = existing ? portfolioPromptSet(existing.promptSetKey) : await programPromptSet(db, programId.value);
      return { existing, set, pairs: await pairChoices(db, personId, today()) };
    },
    [reflectionId, personId],
  );
  const d = data.value;
  if (!d) return <Loading />;
  if (reflectionId && !d.existing) return <p class="muted">{t('reflections.notOnPhone')}</p>;
  return (
    <section aria-labelledby="reflection-edit-title">
      <h1 id="reflection-edit-title">{t(reflectionId ? 'reflections.edit' : 'reflections.write')}</h1>
      {reflectionId && <ConflictCopies recordId={reflectionId} />}
      <ReflectionForm
        key={d.existing?.id ?? 'new'}
        set={d.set}
        pairs={d.pairs}
        existing={d.existing}
        onSaved={(id) => route(`/portfolio/${id}`)}
      />
    </section>
  );
}
