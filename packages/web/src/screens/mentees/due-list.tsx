import { formatDate } from '../../app/format';
import { t } from '../../i18n';
import type { DueView } from './queries';

// "What is due", shared by the mentee page and the teacher's home (which is not lazy-loaded: keep
// this small and free of other screens' imports).

/** Where an item opens: the plan it is in, the cycle, the meeting. */
function hrefOf(item: DueView, me: string): string {
  if (item.kind === 'observation') return `/observations/${item.id}`;
  if (item.kind === 'meeting') return `/meetings/${item.id}`;
  return !item.ownerPersonId || item.ownerPersonId === me ? '/plan' : `/mentees/${item.ownerPersonId}/plan`;
}

/** A cycle is named by its step and the other person of it, seen from `me` (the observed teacher otherwise). */
function labelOf(item: DueView, me: string): string {
  if (item.kind === 'observation' && item.step) {
    const name = item.observedPersonId === me ? item.observerName : item.observedName;
    return t('hubs.due.cycle', { step: t(`observations.due.${item.step}`), name: name ?? t('hubs.due.someone') });
  }
  return item.title ?? '';
}

/**
 * "Whose turn: you", "… Arben Gashi", "… you and Arben Gashi": one person, or a pair (a cycle's
 * both, a one-to-one). The words come from our files, not Intl.ListFormat: phones lack some locales' data.
 */
function whoseOf(item: DueView, me: string): string | null {
  if (item.whosePersonIds.length === 0) return null;
  const names = item.whosePersonIds.map((id, i) =>
    id === me ? t('hubs.due.you') : (item.whoseNames[i] ?? t('hubs.due.someone')),
  );
  const [a = '', b] = names;
  return t('hubs.due.turn', { names: names.length === 2 ? t('hubs.due.two', { a, b: b ?? '' }) : names.join(', ') });
}

/** The list of what is due (`items`, sorted by core `dueItems`) for the user `me`. */
export function DueList({ items, me }: { items: DueView[]; me: string }) {
  if (items.length === 0) return <p class="muted">{t('hubs.due.none')}</p>;
  return (
    <ul class="list rows due-list" data-testid="due-list">
      {items.map((item) => {
        const whose = whoseOf(item, me);
        return (
          <li key={`${item.kind}:${item.id}`} data-testid="due-item" data-kind={item.kind}>
            <span class="due-kind muted">{t(`hubs.due.kind.${item.kind}`)}</span>
            <a href={hrefOf(item, me)}>{labelOf(item, me)}</a>
            <span class="due-meta">
              {item.overdue && (
                <>
                  <span class="overdue">{t('plans.action.overdue')}</span>{' '}
                </>
              )}
              <span class="muted">{formatDate(item.at ?? item.dueDate)}</span>
              {whose && (
                <>
                  {' · '}
                  <strong>{whose}</strong>
                </>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
