import { ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { FIX_LINKS } from '../../app/routes';
import { t } from '../../i18n';
import type { LocalDb, RejectedEntry } from '../../store/db';
import { localDb } from '../../store/device';
import { useLive } from '../../store/live';
import { discardRejected } from '../../store/outbox';
import { rejectedList } from '../../store/queries';
import { ChangeValues, changeLabel } from '../../ui/change-summary';
import { ErrorBox } from '../../ui/error-box';
import { Loading } from '../../ui/loading';

function Refused({ entry, db }: { entry: RejectedEntry; db: LocalDb }) {
  const href = FIX_LINKS[entry.name]?.(entry.args, `fix=${encodeURIComponent(entry.key)}`) ?? null;
  const reason = new ApiError(400, entry.error.code, entry.error.message, entry.error.details ?? []);
  const titleId = `refused-${entry.key}`;
  return (
    <li class="card refused" aria-labelledby={titleId} data-testid="refused-change">
      <h2 id={titleId}>{changeLabel(entry.name)}</h2>
      <p class="muted">{t('changes.typed', { date: formatDate(entry.createdAt) })}</p>
      <h3>{t('changes.values')}</h3>
      <ChangeValues name={entry.name} args={entry.args} />
      <h3>{t('changes.reason')}</h3>
      <ErrorBox error={reason} role="status" />
      <p class="actions">
        {href && (
          <a class="button" href={href}>
            {t('changes.fix')}
          </a>
        )}
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            if (window.confirm(t('changes.discardConfirm'))) void discardRejected(db, entry.key);
          }}
        >
          {t('changes.discard')}
        </button>
      </p>
    </li>
  );
}

/** "Changes not accepted": every refused change with its reason, until the user fixes or discards it. */
export function Changes() {
  const db = localDb.value;
  const list = useLive(db, rejectedList, []);
  if (!db || !list.loaded) return <Loading />;
  const entries = list.value ?? [];
  return (
    <section class="stack">
      <h1>{t('changes.title')}</h1>
      {entries.length === 0 ? (
        <p class="alert alert-ok" role="status">
          {t('changes.none')}
        </p>
      ) : (
        <>
          <p>{t('changes.intro')}</p>
          <ul class="plain stack">
            {entries.map((e) => (
              <Refused key={e.key} entry={e} db={db} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
