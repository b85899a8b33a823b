import { AppError } from '@mentora/core';
import type { Db } from '../../db/connect';

/**
 * Login back-off kept in the database, so it holds across app servers: after `max` wrong
 * passwords a key is locked for 30 s, doubling with each further failure, up to an hour.
 */
export interface ThrottleKey {
  key: string;
  max: number;
}

/** Per login, and per client address with a far higher limit: a school lab or office shares one IP. */
export function throttleKeys(kind: string, login: string, ip: string, maxFailures: number): ThrottleKey[] {
  return [
    { key: `${kind}:${login}`, max: maxFailures },
    { key: `ip:${ip}`, max: maxFailures * 20 },
  ];
}

export async function assertNotLocked(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  const rows = await db
    .selectFrom('loginThrottle')
    .selectAll()
    .where(
      'key',
      'in',
      keys.map((k) => k.key),
    )
    .execute();
  const until = rows.map((r) => r.lockedUntil).filter((t): t is string => t !== null && t > now.toISOString());
  if (until.length === 0) return;
  const retryAfter = Math.ceil((Date.parse(until.sort().at(-1) as string) - now.getTime()) / 1000);
  throw new AppError('rate_limited', `Too many failed logins; try again in ${retryAfter} seconds`, [
    { path: 'retryAfterSeconds', message: String(retryAfter) },
  ]);
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, max } of keys) {
    const row = await db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst();
    // Failures fade: a quiet quarter of an hour starts the count again (a shared school IP recovers).
    const fresh = row !== undefined && now.getTime() - Date.parse(row.updatedAt) < 15 * 60_000;
    const failures = (fresh ? row.failures : 0) + 1;
    const over = failures - max;
    const lockedUntil =
      over >= 0 ? new Date(now.getTime() + Math.min(3600, 30 * 2 ** over) * 1000).toISOString() : null;
    const values = { key, failures, lockedUntil, updatedAt: now.toISOString() };
    await db
      .insertInto('loginThrottle')
      .values(values)
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures, lockedUntil, updatedAt: values.updatedAt }))
      .execute();
  }
}

/** A success clears the login's count; the address's count stays (it may be guessing many logins). */
export async function clearFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db
    .deleteFrom('loginThrottle')
    .where('key', '=', keys[0]?.key ?? '')
    .execute();
}
