import { AppError, Email } from '@mentora/core';
import type { Clock } from '../../clock';
import { today } from '../../clock';
import type { Db } from '../../db/connect';
import type { UserRow } from '../../db/schema';
import { loginPhoneCandidates } from '../persons/phones';
import { reserveDeviceAttempt, trustDevice } from './devices';
import { assertAcceptablePassword, type PasswordOwner } from './password-rule';
import { hashPassword, newToken, sha256, verifyPassword } from './passwords';
import { findUserByLogin, loadActor } from './queries';
import { clearKey, type Reservation, release, reserveAll, throttleKeys } from './throttle';

export interface SessionDeps {
  db: Db;
  clock: Clock;
  sessionTtlHours: number;
  loginMaxFailures: number;
}

/**
 * A login as the user typed it: an email if it has an @, else a phone number in any spelling and
 * any script's digits, read with every program country of the deployment (issue 10, kind 1:
 * "0300-1234567" and "+92 300 1234567" log in to the same account). `phones` holds the E.164
 * candidates (empty when the text is no phone number).
 */
export async function parseLogin(db: Db, raw: string): Promise<LoginTyped> {
  const trimmed = raw.trim();
  if (trimmed.includes('@')) {
    const email = Email.safeParse(trimmed);
    return { phones: [], email: email.success ? email.data : trimmed.toLowerCase(), typed: trimmed };
  }
  return { phones: await loginPhoneCandidates(db, trimmed), email: null, typed: trimmed };
}

export interface LoginTyped {
  phones: string[];
  email: string | null;
  /** What was typed, trimmed: the back-off key when no account matches. */
  typed: string;
}

// Verifying against a fixed hash when the login is unknown keeps the answer time the same.
let dummyHash: Promise<string> | null = null;

const invalid = () => new AppError('unauthenticated', 'Wrong login or password');

/** How an attempt got in: on a trusted device's own budget, or on the login's and address's back-off. */
type Admission = { trusted: true } | { trusted: false; reservations: Reservation[] };

/**
 * Takes the attempt's failure in advance (issue 6, defect 2), before anything secret is checked:
 * from the device's budget when it shows a valid device cookie for this user, else on the
 * `kind:login` and address keys, throwing `rate_limited` (429) when either is locked.
 */
async function admit(
  deps: SessionDeps,
  kind: 'login' | 'code',
  who: LoginTyped,
  user: UserRow | undefined,
  ip: string,
  deviceToken: string | undefined,
  now: Date,
): Promise<Admission> {
  if (user && deviceToken && (await reserveDeviceAttempt(deps.db, deviceToken, user.id, now))) return { trusted: true };
  // One back-off per account whatever spelling was typed; the typed text when no account matches.
  const loginKey = user ? (user.loginEmail ?? user.loginPhone ?? who.typed) : (who.email ?? who.phones[0] ?? who.typed);
  const keys = throttleKeys(kind, loginKey, ip, deps.loginMaxFailures);
  return { trusted: false, reservations: await reserveAll(deps.db, keys, now) };
}

/**
 * A correct password or code: the login's failures are forgiven, the address's reservation given
 * back. A trusted device's budget is renewed by `trustDevice`; the untrusted count is left alone,
 * so the owner's own logins do not reset an attacker's back-off.
 */
async function admitted(deps: SessionDeps, admission: Admission): Promise<void> {
  if (admission.trusted) return;
  const [loginKey, ...others] = admission.reservations;
  if (loginKey) await clearKey(deps.db, loginKey.key);
  for (const r of others) await release(deps.db, r);
}

/**
 * Logs in with a login (phone or email) and password. `deviceToken` is the device cookie, if the
 * browser sent one. Returns the session plus a new device cookie. Errors: `unauthenticated` (401)
 * for a wrong login or password or a disabled account, `rate_limited` (429) while locked.
 */
export async function login(deps: SessionDeps, rawLogin: string, password: string, ip: string, deviceToken?: string) {
  const now = deps.clock.now();
  const who = await parseLogin(deps.db, rawLogin);
  const user = await findUserByLogin(deps.db, who);
  const admission = await admit(deps, 'login', who, user, ip, deviceToken, now);
  dummyHash ??= hashPassword('not-a-real-password');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || user.disabledAt !== null) throw invalid();
  await admitted(deps, admission);
  const session = await startSession(deps, user);
  return { ...session, device: await trustDevice(deps.db, user.id, deviceToken, now) };
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

/**
 * The login, name, email and phone a new password must not be made of, and the names of the
 * person's program and of their school and the org units above it (the school's path).
 */
async function ownerOf(db: Db, user: UserRow): Promise<PasswordOwner> {
  const person = await db
    .selectFrom('persons')
    .innerJoin('programs', 'programs.id', 'persons.programId')
    .leftJoin('orgUnits', 'orgUnits.id', 'persons.schoolId')
    .select(['persons.fullName', 'persons.email', 'persons.phone', 'programs.name as program', 'orgUnits.path'])
    .where('persons.id', '=', user.personId)
    .executeTakeFirstOrThrow();
  const unitIds = (person.path ?? '').split('/').filter(Boolean);
  const units = unitIds.length
    ? await db.selectFrom('orgUnits').select('name').where('id', 'in', unitIds).execute()
    : [];
  return {
    login: user.loginEmail ?? user.loginPhone,
    fullName: person.fullName,
    email: person.email,
    phone: person.phone,
    places: [person.program, ...units.map((u) => u.name)],
  };
}

/**
 * Changes the own password. The current password is checked on its own back-off key per user, so
 * a stolen session cannot guess it freely. Errors: `weak_password` (400), `validation_failed`
 * (400, wrong current password), `rate_limited` (429).
 */
export async function changePassword(deps: SessionDeps, auth: Authenticated, current: string, next: string) {
  assertAcceptablePassword(next, await ownerOf(deps.db, auth.user));
  const key = `password:${auth.user.id}`;
  await reserveAll(deps.db, [{ key, max: deps.loginMaxFailures, forgiveMs: 24 * 3600_000 }], deps.clock.now());
  if (!(await verifyPassword(auth.user.passwordHash, current)))
    throw new AppError('validation_failed', 'The current password is wrong', [
      { path: 'currentPassword', message: 'is wrong' },
    ]);
  await clearKey(deps.db, key);
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

/**
 * Redeems an invite or reset code read out by an admin: sets the password and logs in. Codes
 * have their own back-off (`code:<login>`), taken before the code is compared. A weak password
 * is refused (`weak_password`, 400) without using up the code. Errors as `login`.
 */
export async function redeemCode(
  deps: SessionDeps,
  rawLogin: string,
  code: string,
  newPassword: string,
  ip: string,
  deviceToken?: string,
) {
  const now = deps.clock.now();
  // Rules that need no account first: a too short or common password costs no attempt.
  assertAcceptablePassword(newPassword, { login: null, fullName: '' });
  const who = await parseLogin(deps.db, rawLogin);
  const user = await findUserByLogin(deps.db, who);
  const admission = await admit(deps, 'code', who, user, ip, deviceToken, now);
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
  if (!user || !match || user.disabledAt !== null)
    throw new AppError('unauthenticated', 'Wrong login or code, or the code has expired');
  await admitted(deps, admission);
  // Only now, for the code's owner: a password made of their own name or login.
  assertAcceptablePassword(newPassword, await ownerOf(deps.db, user));
  const passwordHash = await hashPassword(newPassword);
  // Guarded on usedAt: of two redemptions of one code racing, only one sets the password.
  const used = await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('oneTimeCodes')
      .set({ usedAt: now.toISOString() })
      .where('id', '=', match.id)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return false;
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('userId', '=', user.id).execute();
    return true;
  });
  if (!used) throw new AppError('unauthenticated', 'Wrong login or code, or the code has expired');
  const session = await startSession(deps, { ...user, passwordHash });
  return { ...session, device: await trustDevice(deps.db, user.id, deviceToken, now) };
}
