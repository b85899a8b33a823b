import { useState } from 'preact/hooks';
import { formatDate } from '../../app/format';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { uuidv7 } from '../../store/uuid';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { SavedNote } from '../../ui/saved-note';
import type { CycleView } from './queries';

function Reflection({
  id,
  label,
  text,
  editable,
  waiting,
  onSave,
}: {
  id: string;
  label: string;
  text: string | null;
  editable: boolean;
  waiting?: string;
  onSave: (text: string) => Promise<unknown>;
}) {
  const [value, setValue] = useState(text ?? '');
  const [busy, setBusy] = useState(false);
  if (!editable)
    return (
      <div>
        <h3>{label}</h3>
        <p data-testid={id}>{text ?? <span class="muted">{waiting ?? t('observations.notYet')}</span>}</p>
      </div>
    );
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        await onSave(value.trim());
        setBusy(false);
      }}
    >
      <Field id={id} label={label}>
        {(c) => (
          <textarea {...c} rows={4} maxLength={4000} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        )}
      </Field>
      <button type="submit" class="button" disabled={busy || !value.trim() || value.trim() === text}>
        {t('common.save')}
      </button>
    </form>
  );
}

/**
 * The post-observation conference, in its order (issue 8: "the teacher's self-reflection first, then
 * the observer's, then agreed next steps that become actions in the plan").
 */
export function PostConference({ view, personId }: { view: CycleView; personId: string }) {
  const { o, details } = view;
  const write = useDispatch();
  const [steps, setSteps] = useState<{ title: string; dueDate: string }[]>([{ title: '', dueDate: '' }]);
  if (o.status !== 'observed' && o.status !== 'post_conference_done') return null;
  const isObserved = o.observedPersonId === personId;
  const isObserver = o.observerPersonId === personId;
  const selfDone = !!details?.selfReflection;
  const both = selfDone && !!details?.observerReflection;
  const filled = steps.filter((s) => s.title.trim() && s.dueDate);
  return (
    <section class="card" aria-labelledby="post-title">
      <h2 id="post-title">{t('observations.postConference')}</h2>
      <Reflection
        id="self-reflection"
        label={t('observations.selfReflection')}
        text={details?.selfReflection ?? null}
        editable={isObserved}
        onSave={(selfReflection) =>
          write.run(
            'observation.selfReflect',
            { id: o.id, selfReflection },
            { selfReflection: details?.selfReflection ?? null },
          )
        }
      />
      <Reflection
        id="observer-reflection"
        label={t('observations.observerReflection')}
        text={details?.observerReflection ?? null}
        editable={isObserver && selfDone}
        waiting={isObserver && !selfDone ? t('observations.teacherFirst') : undefined}
        onSave={(observerReflection) =>
          write.run(
            'observation.reflect',
            { id: o.id, observerReflection },
            { observerReflection: details?.observerReflection ?? null },
          )
        }
      />
      <h3>{t('observations.nextSteps')}</h3>
      {o.status === 'post_conference_done' ? (
        <ul class="list" data-testid="next-steps">
          {(details?.nextSteps ?? []).map((s) => (
            <li key={s.title}>
              {s.title}
              {s.dueDate && <span class="muted"> · {formatDate(s.dueDate)}</span>}
            </li>
          ))}
        </ul>
      ) : !both ? (
        <p class="muted">{t('observations.nextStepsAfter')}</p>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await write.run('observation.agreeNextSteps', {
              id: o.id,
              // Each step becomes an action in the teacher's plan, under an id made here (offline too).
              nextSteps: filled.map((s) => ({ id: uuidv7(), title: s.title.trim(), dueDate: s.dueDate })),
            });
          }}
        >
          <p class="help">{t('observations.nextStepsHelp')}</p>
          {steps.map((s, i) => (
            <fieldset key={i}>
              <legend>{t('observations.step', { n: i + 1 })}</legend>
              <Field id={`step-${i}`} label={t('observations.stepTitle')}>
                {(c) => (
                  <input
                    {...c}
                    maxLength={300}
                    value={s.title}
                    onInput={(e) =>
                      setSteps(steps.map((x, j) => (j === i ? { ...x, title: e.currentTarget.value } : x)))
                    }
                  />
                )}
              </Field>
              <Field id={`step-due-${i}`} label={t('observations.stepDue')} required>
                {(c) => (
                  <input
                    {...c}
                    type="date"
                    value={s.dueDate}
                    onInput={(e) =>
                      setSteps(steps.map((x, j) => (j === i ? { ...x, dueDate: e.currentTarget.value } : x)))
                    }
                  />
                )}
              </Field>
            </fieldset>
          ))}
          <p class="actions">
            <button
              type="button"
              class="button secondary small"
              disabled={steps.length >= 20}
              onClick={() => setSteps([...steps, { title: '', dueDate: '' }])}
            >
              {t('observations.addStep')}
            </button>{' '}
            <button type="submit" class="button" disabled={write.busy || filled.length === 0}>
              {t('observations.agreeNextSteps')}
            </button>
          </p>
        </form>
      )}
      <ErrorBox error={write.error} />
      <SavedNote outcome={write.outcome} />
    </section>
  );
}
