import { useEffect, useState } from 'preact/hooks';
import { formatNumber, formatRelative } from '../app/format';
import { online } from '../app/network';
import { t } from '../i18n';
import { localDb, syncEngine } from '../store/device';
import { useLive } from '../store/live';
import { syncCounts } from '../store/queries';

/** Re-renders every 30 s so "2 minutes ago" stays true. */
function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * The server found this phone's clock minutes or more off (issue 10, kind 6): dates typed here would
 * be wrong, and a mentee added "from today" a year ahead would never show. Says by how much.
 */
function ClockSkew({ seconds }: { seconds: number }) {
  const minutes = Math.round(Math.abs(seconds) / 60);
  const amount =
    minutes >= 2 * 24 * 60
      ? t('sync.clockDays', { count: Math.round(minutes / 1440), n: formatNumber(Math.round(minutes / 1440)) })
      : minutes >= 120
        ? t('sync.clockHours', { count: Math.round(minutes / 60), n: formatNumber(Math.round(minutes / 60)) })
        : t('sync.clockMinutes', { count: minutes, n: formatNumber(minutes) });
  return (
    <span class="sync-clock alert-warning" role="status" data-testid="sync-clock">
      {t(seconds > 0 ? 'sync.clockAhead' : 'sync.clockBehind', { amount })}
    </span>
  );
}

/** The sync state on every screen (ARCHITECTURE §5: the user always sees it). */
export function SyncStatus() {
  const db = localDb.value;
  const counts = useLive(db, syncCounts, []).value;
  const now = useNow();
  if (!db) return null;
  const phase = syncEngine.value?.phase.value ?? 'idle';
  const offline = !online.value || phase === 'offline';
  const state = offline ? 'offline' : phase === 'syncing' ? 'syncing' : phase === 'error' ? 'error' : 'online';
  const pending = counts?.pending ?? 0;
  const rejected = counts?.rejected ?? 0;
  return (
    <div class="sync-bar" aria-live="polite" data-testid="sync-status">
      <span class="sync-state" data-state={state} data-testid="sync-state">
        {t(`sync.${state}`)}
      </span>
      <span class="muted" data-testid="sync-last">
        {counts?.lastSyncedAt
          ? t('sync.lastSynced', { when: formatRelative(counts.lastSyncedAt, now) })
          : t('sync.never')}
      </span>
      {pending > 0 && (
        <span class="sync-pending" data-testid="sync-pending">
          {t('sync.pending', { count: pending, n: formatNumber(pending) })}
        </span>
      )}
      {counts?.clockSkewSeconds ? <ClockSkew seconds={counts.clockSkewSeconds} /> : null}
      {rejected > 0 && (
        <a href="/changes" class="sync-rejected" data-testid="sync-rejected">
          {t('sync.rejected', { count: rejected, n: formatNumber(rejected) })}
        </a>
      )}
    </div>
  );
}
