import { ACTION_STATUSES, type ActionStatus, overdueActions } from '@mentora/core/plans';
import type { Need } from '@mentora/core/types';
import { formatDate, formatNumber, today } from '../../app/format';
import { me } from '../../app/session';
import { useDispatch } from '../../app/use-dispatch';
import { t } from '../../i18n';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { ErrorBox } from '../../ui/error-box';
import { Field } from '../../ui/field';
import { Loading } from '../../ui/loading';
import { areaLabel, levelLabel, localized } from '../../ui/program-labels';
import { ActionForm, GoalForm, NeedForm, ReviewForm } from './plan-forms';
import { type ActionView, type PlanView, planView } from './plan-queries';

function NeedItem({ need, plan, editable }: { need: Need; plan: PlanView; editable: boolean }) {
  const write = useDispatch();
  const module = plan.modules.find((m) => m.id === need.moduleId);
  return (
    <li data-testid="need">
      <strong>{areaLabel(need.areaKey, plan.needAreas)}</strong>
      <span class="muted">
        {' '}
        · {levelLabel(need.level)} · {t(`plans.source.${need.source}`)}
        {need.visibility === 'group' && ` · ${t('plans.visibility.group')}`}
        {need.status === 'closed' && ` · ${t('plans.need.closed')}`}
      </span>
      <p>{need.description}</p>
      {module && (
        <p class="muted">
          {t('plans.need.module')}: {localized(module.name)}
        </p>
      )}
      <ErrorBox error={write.error} />
      {editable && need.status === 'open' && (
        <button
          type="button"
          class="button small secondary"
          disabled={write.busy}
          onClick={() => write.run('need.close', { id: need.id })}
        >
          {t('plans.need.close')}
        </button>
      )}
    </li>
  );
}

function ActionItem({
  view,
  overdue,
  editable,
  names,
}: {
  view: ActionView;
  overdue: boolean;
  editable: boolean;
  names: Record<string, string>;
}) {
  const { action, reviews } = view;
  const write = useDispatch();
  const statusId = `status-${action.id}`;
  return (
    <li data-testid="action" data-overdue={overdue ? 'true' : undefined}>
      <strong>{action.title}</strong>
      <p class="muted">
        {names[action.assigneePersonId] ?? ''} · {t('plans.action.dueOn', { date: formatDate(action.dueDate) })}{' '}
        {overdue && <span class="overdue">{t('plans.action.overdue')}</span>}
      </p>
      {editable ? (
        <Field id={statusId} label={t('plans.action.status')} class="inline-field">
          {(c) => (
            <select
              {...c}
              value={action.status}
              disabled={write.busy}
              onChange={(e) =>
                write.run('action.update', { id: action.id, status: e.currentTarget.value as ActionStatus }, action)
              }
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`plans.actionStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p>{t(`plans.actionStatus.${action.status}`)}</p>
      )}
      <ErrorBox error={write.error} />
      {reviews.length > 0 && (
        <>
          <h4>{t('plans.reviews')}</h4>
          <ul class="list">
            {reviews.map((r) => (
              <li key={r.id} data-testid="review">
                <p>{r.text}</p>
                {r.uploadIds.map((u, i) => (
                  <p key={u}>
                    <a href={`/api/uploads/${u}/content`} target="_blank" rel="noopener noreferrer">
                      {t('plans.review.evidence', { n: i + 1 })}
                    </a>
                  </p>
                ))}
                <span class="muted">
                  {names[r.authorPersonId] ?? ''} · {formatDate(r.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && (
        <details>
          <summary>{t('plans.review.add')}</summary>
          <ReviewForm action={action} />
        </details>
      )}
    </li>
  );
}

/**
 * A teacher's plan, read from this device's store so it opens offline: needs, goals with their
 * actions (due dates, overdue marked — core `overdueActions`, the rule the server uses), reviews.
 * The pair writes through the outbox; anyone else who reads part of it (a group-visible need) only reads.
 */
export function PlanScreen({ personId, mine }: { personId: string; mine: boolean }) {
  const myId = me.value?.personId ?? '';
  const day = today();
  const live = useLive(localDb.value, (db) => planView(db, personId, myId, day), [personId, myId, day]);
  const plan = live.value;
  if (!live.loaded || !plan) return <Loading />;
  const editable = plan.pair !== null;
  const all = [...plan.goals.flatMap((g) => g.actions), ...plan.otherActions].map((v) => v.action);
  const overdue = new Set(overdueActions(all, day).map((a) => a.id));
  const people = plan.pair
    ? [plan.pair.ownerPersonId, ...(plan.pair.partnerPersonId ? [plan.pair.partnerPersonId] : [])].map((id) => ({
        id,
        name: plan.names[id] ?? '',
      }))
    : [];
  const title = mine ? t('plans.myTitle') : t('plans.menteeTitle', { name: plan.personName ?? '' });
  return (
    <div class="stack">
      <p>
        <a href="/">{t('plans.back')}</a>
      </p>
      <h1>{title}</h1>
      {overdue.size > 0 && (
        <p class="alert alert-info" role="status" data-testid="overdue-count">
          {t('plans.overdueCount', { count: overdue.size, n: formatNumber(overdue.size) })}
        </p>
      )}
      {!editable && <p class="muted">{t('plans.readOnly')}</p>}

      <section class="card" aria-labelledby="plan-needs">
        <h2 id="plan-needs">{t('plans.needs')}</h2>
        {plan.needs.length === 0 && <p class="muted">{t('plans.noNeeds')}</p>}
        <ul class="list">
          {plan.needs.map((n) => (
            <NeedItem key={n.id} need={n} plan={plan} editable={editable} />
          ))}
        </ul>
      </section>
      {plan.pair && <NeedForm pair={plan.pair} modules={plan.modules} areas={plan.needAreas} self={mine} />}

      <section class="card" aria-labelledby="plan-goals">
        <h2 id="plan-goals">{t('plans.goals')}</h2>
        {plan.goals.length === 0 && <p class="muted">{t('plans.noGoals')}</p>}
        {plan.goals.map(({ goal, actions }) => (
          <article key={goal.id} class="stack" data-testid="goal">
            <h3>{goal.title}</h3>
            <p class="muted">
              {t(`plans.goalStatus.${goal.status}`)} ·{' '}
              {goal.needIds
                .map((id) => plan.needs.find((n) => n.id === id))
                .filter((n) => n !== undefined)
                .map((n) => areaLabel(n.areaKey, plan.needAreas))
                .join(', ')}
            </p>
            <ul class="list">
              {actions.map((v) => (
                <ActionItem
                  key={v.action.id}
                  view={v}
                  overdue={overdue.has(v.action.id)}
                  editable={editable}
                  names={plan.names}
                />
              ))}
            </ul>
            {editable && (
              <details>
                <summary>{t('plans.action.add')}</summary>
                <ActionForm goalId={goal.id} people={people} />
              </details>
            )}
          </article>
        ))}
      </section>
      {plan.pair && <GoalForm pair={plan.pair} needs={plan.needs} areas={plan.needAreas} />}

      {plan.otherActions.length > 0 && (
        <section class="card" aria-labelledby="plan-other">
          <h2 id="plan-other">{t('plans.otherActions')}</h2>
          <ul class="list">
            {plan.otherActions.map((v) => (
              <ActionItem
                key={v.action.id}
                view={v}
                overdue={overdue.has(v.action.id)}
                editable={editable}
                names={plan.names}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** `/plan`: the teacher's own plan. */
export function MyPlan() {
  const id = me.value?.personId;
  return id ? <PlanScreen personId={id} mine /> : null;
}

/** `/mentees/:personId/plan`: the mentor's view of a mentee's plan. */
export function MenteePlan({ personId }: { personId: string }) {
  return <PlanScreen personId={personId} mine={personId === me.value?.personId} />;
}
