import { formatDate } from '../app/format';
import { t } from '../i18n';
import { localDb } from '../store/device';
import { useLive } from '../store/live';
import { pendingFor } from '../store/queries';
import { ChangeValues, changeLabel } from './change-summary';

/** Changes to this record typed on this device and not yet accepted by the server. */
export function PendingChanges({ recordId }: { recordId: string }) {
  const pending = useLive(localDb.value, (db) => pendingFor(db, recordId), [recordId]).value ?? [];
  if (pending.length === 0) return null;
  return (
    <section class="card" aria-labelledby={`pending-${recordId}`} data-testid="pending-changes">
      <h2 id={`pending-${recordId}`}>{t('pending.title')}</h2>
      <p class="muted">{t('pending.intro')}</p>
      <ul class="list rows">
        {pending.map((e) => (
          <li key={e.id}>
            <strong>{changeLabel(e.name)}</strong> <span class="muted">{formatDate(e.createdAt)}</span>
            <ChangeValues name={e.name} args={e.args} />
          </li>
        ))}
      </ul>
    </section>
  );
}
