import { AppError, Email, normalizePhone } from '@mentora/core';
import type { Clock } from '../../clock';
import { today } from '../../clock';
import type { Db } from '../../db/connect';
import type { UserRow } from '../../db/schema';
import { hashPassword, newToken, sha256, verifyPassword } from './passwords';
import { findUserByLogin, loadActor } from './queries';
import { assertNotLocked, clearFailures, recordFailure, throttleKeys } from './throttle';

export interface SessionDeps {
  db: Db;
  clock: Clock;
  sessionTtlHours: number;
  loginMaxFailures: number;
}

/** A login is an email if it has an @, else a phone number. */
export function parseLogin(raw: string): { phone: string | null; email: string | null } {
  const trimmed = raw.trim();
  if (trimmed.includes('@')) {
    const email = Email.safeParse(trimmed);
    return { phone: null, email: email.success ? email.data : trimmed.toLowerCase() };
  }
  return { phone: normalizePhone(trimmed), email: null };
}

// Verifying against a fixed hash when the login is unknown keeps the answer time the same.
let dummyHash: Promise<string> | null = null;

const invalid = () => new AppError('unauthenticated', 'Wrong login or password');

export async function login(deps: SessionDeps, rawLogin: string, password: string, ip: string) {
  const now = deps.clock.now();
  const who = parseLogin(rawLogin);
  const keys = throttleKeys('login', who.email ?? who.phone ?? '', ip, deps.loginMaxFailures);
  await assertNotLocked(deps.db, keys, now);
  const user = await findUserByLogin(deps.db, who);
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || user.disabledAt !== null) {
    await recordFailure(deps.db, keys, now);
    throw invalid();
  }
  await clearFailures(deps.db, keys);
  return startSession(deps, user);
}

export async function startSession(deps: SessionDeps, user: UserRow) {
  const now = deps.clock.now();
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3600_000);
  await deps.db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
    })
    .execute();
  return { token, csrfToken, expiresAt, user };
}

export interface Authenticated {
  user: UserRow;
  sessionId: string;
  csrfToken: string;
  actor: Awaited<ReturnType<typeof loadActor>>;
}

export async function authenticate(deps: SessionDeps, token: string): Promise<Authenticated | null> {
  const now = deps.clock.now();
  const session = await deps.db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', sha256(token))
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  if (!session) return null;
  const user = await deps.db.selectFrom('users').selectAll().where('id', '=', session.userId).executeTakeFirst();
  if (!user || user.disabledAt !== null) return null;
  // Touch at most hourly: a read should not turn into a write on every request.
  if (now.getTime() - Date.parse(session.lastSeenAt) > 3600_000) {
    await deps.db.updateTable('sessions').set({ lastSeenAt: now.toISOString() }).where('id', '=', session.id).execute();
  }
  const actor = await loadActor(deps.db, user, today(deps.clock));
  return { user, sessionId: session.id, csrfToken: session.csrfToken, actor };
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function changePassword(deps: SessionDeps, auth: Authenticated, current: string, next: string) {
  if (!(await verifyPassword(auth.user.passwordHash, current)))
    throw new AppError('validation_failed', 'The current password is wrong', [
      { path: 'currentPassword', message: 'is wrong' },
    ]);
  const passwordHash = await hashPassword(next);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: deps.clock.now().toISOString() })
      .where('id', '=', auth.user.id)
      .execute();
    // Other devices' sessions end: a changed password should lock out whoever knew the old one.
    await trx.deleteFrom('sessions').where('userId', '=', auth.user.id).where('id', '!=', auth.sessionId).execute();
  });
}

/** Redeems an invite or reset code read out by an admin: sets the password and logs in. */
export async function redeemCode(deps: SessionDeps, rawLogin: string, code: string, newPassword: string, ip: string) {
  const now = deps.clock.now();
  const who = parseLogin(rawLogin);
  const keys = throttleKeys('code', who.email ?? who.phone ?? '', ip, deps.loginMaxFailures);
  await assertNotLocked(deps.db, keys, now);
  const user = await findUserByLogin(deps.db, who);
  const match = user
    ? await deps.db
        .selectFrom('oneTimeCodes')
        .selectAll()
        .where('userId', '=', user.id)
        .where('codeHash', '=', sha256(`${user.id}:${code}`))
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now.toISOString())
        .executeTakeFirst()
    : undefined;
  if (!user || !match || user.disabledAt !== null) {
    await recordFailure(deps.db, keys, now);
    throw new AppError('unauthenticated', 'Wrong login or code, or the code has expired');
  }
  await clearFailures(deps.db, keys);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('oneTimeCodes').set({ usedAt: now.toISOString() }).where('id', '=', match.id).execute();
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('userId', '=', user.id).execute();
  });
  return startSession(deps, { ...user, passwordHash });
}
