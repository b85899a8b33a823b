import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { removeUnlinkedUploads } from '../modules/uploads/store';

/**
 * Expired sessions and device cookies, stale login-throttle rows and uploads no record used (after
 * UNLINKED_UPLOAD_DAYS) are of no use; keep the tables small. Runs hourly (main.ts).
 */
export async function cleanup(
  db: Db,
  clock: Clock,
): Promise<{ sessions: number; throttle: number; devices: number; uploads: number }> {
  const now = clock.now();
  const sessions = await db.deleteFrom('sessions').where('expiresAt', '<=', now.toISOString()).executeTakeFirst();
  const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString();
  const throttle = await db
    .deleteFrom('loginThrottle')
    .where('updatedAt', '<', dayAgo)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', now.toISOString())]))
    .executeTakeFirst();
  const devices = await db.deleteFrom('trustedDevices').where('expiresAt', '<=', now.toISOString()).executeTakeFirst();
  const uploads = await removeUnlinkedUploads(db, now);
  return {
    sessions: Number(sessions.numDeletedRows),
    throttle: Number(throttle.numDeletedRows),
    devices: Number(devices.numDeletedRows),
    uploads,
  };
}
