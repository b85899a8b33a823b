// Test fixture for the roster tests (not a test itself): a program, a small tree and two actors,
// inserted directly with Kysely so these tests do not depend on other modules' commands.

import { type Actor, childPath } from '@mentora/core';
import { freshDb } from '../../../test/harness';
import { type Clock, newId } from '../../clock';
import type { Db, DbHandle } from '../../db/connect';
import { storedPhone } from '../persons/phones';
import { personSearchKey } from '../persons/search';
import type { RosterDeps } from './commands';

export const fixedClock: Clock = { now: () => new Date('2026-03-15T09:00:00.000Z') };
const NOW = fixedClock.now().toISOString();
const SYNC = { createdAt: NOW, updatedAt: NOW, deletedAt: null, version: 1 };

export interface Unit {
  id: string;
  path: string;
}

export interface RosterWorld {
  handle: DbHandle;
  db: Db;
  deps: RosterDeps;
  programId: string;
  /** Balochistan (province) → Lasbella (district) → Uthal (cluster) → schools S-001, S-002; Khuzdar → S-003. */
  units: Record<'root' | 'lasbella' | 'uthal' | 's1' | 's2' | 'khuzdar' | 's3', Unit>;
  /** program_admin at the root. */
  admin: Actor;
  /** program_admin of one district only: may not import for the whole program. */
  districtAdmin: Actor;
  /** An existing teacher: phone 03001111111, EMIS id T-0001, with a login on that phone. */
  existing: { personId: string; phone: string; emisId: string };
  close: () => Promise<void>;
}

/** `bare`: only the program and its root unit (a fresh deployment to import into). */
export async function rosterWorld(opts: { bare?: boolean } = {}): Promise<RosterWorld> {
  const handle = await freshDb();
  const { db } = handle;
  const programId = newId();
  const rootId = newId();
  await db
    .insertInto('programs')
    .values({
      id: programId,
      name: 'PTMP Balochistan',
      model: 'cluster',
      levelNames: JSON.stringify(['province', 'district', 'cluster', 'school']),
      locales: JSON.stringify(['ur', 'en']),
      settings: JSON.stringify({ country: 'PK', clusterMeetingDaysPerMonth: 2, maxMenteesPerMentor: 40 }),
      rootOrgUnitId: rootId,
      ...SYNC,
    })
    .execute();
  const unit = async (id: string, parent: Unit | null, name: string, kind: string, emisCode: string | null) => {
    const path = childPath(parent?.path ?? null, id);
    await db
      .insertInto('orgUnits')
      .values({ id, programId, parentId: parent?.id ?? null, name, kind, emisCode, path, ...SYNC })
      .execute();
    return { id, path };
  };
  const root = await unit(rootId, null, 'Balochistan', 'province', null);
  const units = { root } as RosterWorld['units'];
  if (!opts.bare) {
    units.lasbella = await unit(newId(), root, 'Lasbella', 'district', null);
    units.uthal = await unit(newId(), units.lasbella, 'Uthal', 'cluster', null);
    units.s1 = await unit(newId(), units.uthal, 'GPS Uthal 1', 'school', 'S-001');
    units.s2 = await unit(newId(), units.uthal, 'GGPS Uthal 2', 'school', 'S-002');
    units.khuzdar = await unit(newId(), root, 'Khuzdar', 'district', null);
    units.s3 = await unit(newId(), units.khuzdar, 'GPS Khuzdar 1', 'school', 'S-003');
  }

  const existing = { personId: newId(), phone: '03001111111', emisId: 'T-0001' };
  const person = (id: string, fullName: string, phone: string | null, schoolId: string | null, emisId: string | null) =>
    db
      .insertInto('persons')
      .values({
        id,
        programId,
        fullName,
        gender: null,
        subjects: '[]',
        grades: '[]',
        yearsExperience: null,
        phone: phone === null ? null : storedPhone(phone, 'PK'),
        email: null,
        schoolId,
        emisId,
        searchKey: personSearchKey({ fullName, emisId }),
        ...SYNC,
      })
      .execute();
  const adminPersonId = newId();
  await person(adminPersonId, 'Program Admin', null, null, null);
  if (!opts.bare) {
    await person(existing.personId, 'Existing Teacher', existing.phone, units.s1.id, existing.emisId);
    await db
      .insertInto('users')
      .values({
        id: newId(),
        personId: existing.personId,
        loginPhone: storedPhone(existing.phone, 'PK'),
        loginEmail: null,
        passwordHash: null,
        locale: 'en',
        isSystemAdmin: 0,
        disabledAt: null,
        createdAt: NOW,
        updatedAt: NOW,
      })
      .execute();
    await db
      .insertInto('roleAssignments')
      .values({ id: newId(), personId: existing.personId, role: 'teacher', programId, orgUnitId: units.s1.id, ...SYNC })
      .execute();
  }

  // The fixture's rows carry version 1; the clock must agree so imports take version 2.
  await db.updateTable('serverClock').set({ version: 1 }).where('id', '=', 1).execute();

  const actor = (path: string): Actor => ({
    userId: newId(),
    personId: adminPersonId,
    systemAdmin: false,
    assignments: [{ role: 'program_admin', programId, path }],
    groups: [],
  });
  return {
    handle,
    db,
    deps: { db, clock: fixedClock },
    programId,
    units,
    admin: actor(root.path),
    districtAdmin: actor(units.lasbella?.path ?? root.path),
    existing,
    close: () => handle.close(),
  };
}

/** A CSV file's bytes from rows of cells (quotes only where needed). */
export function csv(rows: readonly (readonly string[])[]): Buffer {
  const cell = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return Buffer.from(`${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`, 'utf8');
}

export async function count(db: Db, table: 'persons' | 'orgUnits' | 'users' | 'roleAssignments'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
