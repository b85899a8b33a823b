import { SYNC_CLIENT_STALE_DAYS } from '@mentora/core';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { releaseClosedFeedback } from '../modules/feedback/release';
import { removeUnlinkedUploads } from '../modules/uploads/store';

/**
 * Expired sessions and device cookies, stale login-throttle rows and uploads no record used (after
 * UNLINKED_UPLOAD_DAYS) are of no use; keep the tables small. So are the stored rejections of
 * sync devices not seen for SYNC_CLIENT_STALE_DAYS: a device that never acknowledges them would
 * keep them for ever (security probe B3). Also releases the pending feedback of meetings whose
 * feedback window closed (ADR 0022's time rule). Runs hourly (main.ts).
 */
export async function cleanup(
  db: Db,
  clock: Clock,
): Promise<{
  sessions: number;
  throttle: number;
  devices: number;
  uploads: number;
  rejections: number;
  feedback: number;
}> {
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
  const staleSince = new Date(now.getTime() - SYNC_CLIENT_STALE_DAYS * 86400_000).toISOString();
  const rejections = await db
    .deleteFrom('syncMutations')
    .where('status', '=', 'rejected')
    .where('clientId', 'in', (eb) => eb.selectFrom('syncClients').select('id').where('updatedAt', '<', staleSince))
    .executeTakeFirst();
  const feedback = await releaseClosedFeedback(db, clock);
  return {
    feedback,
    sessions: Number(sessions.numDeletedRows),
    throttle: Number(throttle.numDeletedRows),
    devices: Number(devices.numDeletedRows),
    uploads,
    rejections: Number(rejections.numDeletedRows),
  };
}
