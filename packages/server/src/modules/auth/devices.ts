import type { Db } from '../../db/connect';
import { newToken, sha256 } from './passwords';

/**
 * Device cookies, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a
 * successful login gives the browser a random token bound to that user. While the login is
 * locked for everyone else, a device presenting a valid token for it may still try, against a
 * small failure budget of its own; when that is spent the token stops counting and the device is
 * an untrusted client like any other. Only the token's SHA-256 is stored.
 */
export const DEVICE_MAX_FAILURES = 5;
/** A device that has not logged in for this long is a stranger again. */
export const DEVICE_TTL_DAYS = 180;
/**
 * Trusted devices kept per user, newest first: every sign-in without a cookie adds one, so without
 * a cap a script signing in over and over would pile up rows for 180 days (security probe B8).
 * Ten covers a teacher's phone, a shared school computer and a few browsers.
 */
export const DEVICE_MAX_PER_USER = 10;

/**
 * Takes one failure from the device's budget in one guarded statement, before the password is
 * checked. True when the token is valid for `userId`, unexpired and had budget left: the attempt
 * is then a trusted one and skips the login's and the address's back-off.
 */
export async function reserveDeviceAttempt(db: Db, token: string, userId: string, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('trustedDevices')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', sha256(token))
    .where('userId', '=', userId)
    .where('expiresAt', '>', now.toISOString())
    .where('failures', '<', DEVICE_MAX_FAILURES)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * After a successful login: forgets the presented token (if any) and trusts this device anew with
 * a fresh token, so a copied old cookie stops working once its owner logs in again. Returns the
 * token and its expiry for the cookie. Keeps only the user's DEVICE_MAX_PER_USER newest devices;
 * an older one forgotten here is an untrusted client at its next sign-in, nothing more.
 */
export async function trustDevice(
  db: Db,
  userId: string,
  previous: string | undefined,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + DEVICE_TTL_DAYS * 86400_000);
  await db.transaction().execute(async (trx) => {
    if (previous) await trx.deleteFrom('trustedDevices').where('id', '=', sha256(previous)).execute();
    await trx
      .insertInto('trustedDevices')
      .values({
        id: sha256(token),
        userId,
        failures: 0,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      })
      .execute();
    const kept = await trx
      .selectFrom('trustedDevices')
      .select('id')
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .execute();
    const older = kept
      .map((d) => d.id)
      .filter((id) => id !== sha256(token))
      .slice(DEVICE_MAX_PER_USER - 1);
    if (older.length > 0) await trx.deleteFrom('trustedDevices').where('id', 'in', older).execute();
  });
  return { token, expiresAt };
}
