import type { Clock } from '../clock';
import type { Db } from '../db/connect';

/** Expired sessions and device cookies and stale login-throttle rows are of no use; keep the tables small. */
export async function cleanup(db: Db, clock: Clock): Promise<{ sessions: number; throttle: number; devices: number }> {
  const now = clock.now();
  const sessions = await db.deleteFrom('sessions').where('expiresAt', '<=', now.toISOString()).executeTakeFirst();
  const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const throttle = await db
    .deleteFrom('loginThrottle')
    .where('updatedAt', '<', dayAgo)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now.toISOString())]))
    .executeTakeFirst();
  const devices = await db.deleteFrom('trustedDevices').where('expiresAt', '<=', now.toISOString()).executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    throttle: Number(throttle.numDeletedRows),
    devices: Number(devices.numDeletedRows),
  };
}
