import { AppError } from '@mentora/core';
import type { Clock } from '../clock';
import type { CommandTable } from '../commands/run';
import type { Db } from '../db/connect';
import { nextVersion } from '../db/version';
import { hashPassword } from '../modules/auth/passwords';
import { ensureDefaultInstrument } from '../modules/observations/instrument-queries';
import { seedActivity } from './activity';
import { DemoData, type DemoSummary } from './demo-data';
import { buildKosovo } from './kosovo';
import { DEMO_PASSWORD } from './logins';
import { createIds } from './prng';
import { buildPtmp } from './ptmp';

export type { DemoSummary } from './demo-data';

// Any fixed number: the same seed gives the same ids on every machine.
const ID_SEED = 0x6d656e74;
// Rows per INSERT: ~15 columns × 250 stays far below SQLite's and PostgreSQL's parameter limits.
const CHUNK = 250;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/** True until the first program exists: `npm start` seeds the demo only into an empty database. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('programs').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** The first day of the month `months` before `now`'s month (YYYY-MM-DD). */
function monthsBefore(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}

/**
 * Writes both seed programs (PTMP Balochistan and Kosovo in-service mentoring) with their org
 * trees, people, roles, groups and the demo logins of `logins.ts` at one server version, then six
 * months of activity through `commands` (the server's command table, passed in by the caller as
 * the sync push receives it) — all in one transaction: a failure leaves the database empty. Ids,
 * names and texts are fixed; timestamps follow `clock`, and password hashes (argon2 salts), audit
 * event ids and attendance row ids differ between runs.
 */
export async function seedDemo(db: Db, clock: Clock, commands: CommandTable): Promise<DemoSummary> {
  // argon2 is slow on purpose: hash once, before the transaction, and share it among demo users.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  // From the clock, so memberships are current whenever the demo is started, and already were
  // when the six months of activity began.
  const startDate = monthsBefore(now, 7);

  return db.transaction().execute(async (trx) => {
    if (!(await isDatabaseEmpty(trx))) {
      throw new AppError('conflict', 'The demo data can only be added to an empty database');
    }
    const version = await nextVersion(trx);
    const data = new DemoData(createIds(ID_SEED), { now: now.toISOString(), version }, passwordHash);
    // PTMP's clusters hold a year of meetings, ten months of them past (demo/ptmp-calendar.ts).
    buildPtmp(data, monthsBefore(now, 11));
    buildKosovo(data, startDate);

    // Parents before children, so foreign keys hold after every statement on both engines.
    for (const rows of chunks(data.programs)) await trx.insertInto('programs').values(rows).execute();
    for (const rows of chunks(data.orgUnits)) await trx.insertInto('orgUnits').values(rows).execute();
    for (const rows of chunks(data.persons)) await trx.insertInto('persons').values(rows).execute();
    for (const rows of chunks(data.users)) await trx.insertInto('users').values(rows).execute();
    for (const rows of chunks(data.roleAssignments)) await trx.insertInto('roleAssignments').values(rows).execute();
    for (const rows of chunks(data.groups)) await trx.insertInto('groups').values(rows).execute();
    for (const rows of chunks(data.groupMembers)) await trx.insertInto('groupMembers').values(rows).execute();
    // As program.create does: each program's default lesson-observation instrument, version 1 published.
    for (const p of data.programs) await ensureDefaultInstrument(trx, p.id, { now: now.toISOString(), version });
    await seedActivity(trx, clock, commands);
    return data.summary();
  });
}
