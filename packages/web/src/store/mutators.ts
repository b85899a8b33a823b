import type { SyncTable } from '@mentora/core';
import type { Args, Row } from './db';

/** What a mutator may do to the local tables; the store records each first touch so a rebase can undo it. */
export interface RowStore {
  get(t: SyncTable, id: string): Promise<Row | undefined>;
  find(t: SyncTable, field: string, value: unknown): Promise<Row[]>;
  put(t: SyncTable, row: Row): Promise<void>;
  remove(t: SyncTable, id: string): Promise<void>;
}

type Mutator = (rows: RowStore, args: Args, now: string) => Promise<void>;

/** The commands the screens queue (core: `sync: true`); org-unit commands have no screen yet. */
export const SYNC_COMMANDS = [
  'person.create',
  'person.update',
  'person.archive',
  'group.create',
  'group.update',
  'group.archive',
  'group.addMember',
  'group.endMembership',
] as const;
export type SyncCommand = (typeof SYNC_COMMANDS)[number];

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const meta = (now: string) => ({ createdAt: now, updatedAt: now, deletedAt: null, version: 0 });

/** Copies the fields a partial update names (never the id), trimming text as the server does. */
function patch(row: Row, args: Args, now: string): Row {
  const next: Row = { ...row, updatedAt: now };
  for (const [k, v] of Object.entries(args)) if (k !== 'id' && v !== undefined) next[k] = str(v);
  return next;
}

async function update(rows: RowStore, t: SyncTable, args: Args, now: string) {
  const row = await rows.get(t, String(args.id));
  // Not on this device (an admin editing outside their working set): the server's answer will tell.
  if (row) await rows.put(t, patch(row, args, now));
}

/**
 * The optimistic effect of each command the device may queue offline (commands with `sync: true`
 * that the screens issue), mirroring the server's command on the local copy of the working set.
 * The server stays the judge: a rejected mutation's effect disappears at the next rebase.
 */
export const mutators: Record<SyncCommand, Mutator> = {
  'person.create': async (rows, a, now) => {
    await rows.put('persons', {
      id: String(a.id),
      programId: a.programId,
      fullName: str(a.fullName),
      gender: a.gender ?? null,
      subjects: a.subjects ?? [],
      grades: a.grades ?? [],
      yearsExperience: a.yearsExperience ?? null,
      phone: str(a.phone ?? null),
      email: str(a.email ?? null),
      schoolId: a.schoolId ?? null,
      emisId: str(a.emisId ?? null),
      ...meta(now),
    });
  },
  'person.update': (rows, a, now) => update(rows, 'persons', a, now),
  'person.archive': async (rows, a) => {
    // Their roles and memberships end with them (server: person.archive).
    const id = String(a.id);
    for (const r of await rows.find('roleAssignments', 'personId', id)) await rows.remove('roleAssignments', r.id);
    for (const m of await rows.find('groupMembers', 'personId', id)) await rows.remove('groupMembers', m.id);
    await rows.remove('persons', id);
  },
  'group.create': async (rows, a, now) => {
    await rows.put('groups', {
      id: String(a.id),
      programId: a.programId,
      kind: a.kind,
      name: str(a.name),
      orgUnitId: a.orgUnitId,
      ...meta(now),
    });
  },
  'group.update': (rows, a, now) => update(rows, 'groups', a, now),
  'group.archive': async (rows, a) => {
    const id = String(a.id);
    for (const m of await rows.find('groupMembers', 'groupId', id)) await rows.remove('groupMembers', m.id);
    await rows.remove('groups', id);
  },
  'group.addMember': async (rows, a, now) => {
    await rows.put('groupMembers', {
      id: String(a.id),
      groupId: a.groupId,
      personId: a.personId,
      role: a.role,
      startDate: a.startDate,
      endDate: a.endDate ?? null,
      ...meta(now),
    });
  },
  'group.endMembership': (rows, a, now) => update(rows, 'groupMembers', a, now),
};

export function isSyncCommand(name: string): name is SyncCommand {
  return Object.hasOwn(mutators, name);
}

/** Commands that create a record: the device makes its UUIDv7 id so the optimistic row and the server's match. */
export const CREATES: ReadonlySet<SyncCommand> = new Set(['person.create', 'group.create', 'group.addMember']);

/** Update commands and the table whose current values become the mutation's `base`. */
export const UPDATES: Partial<Record<SyncCommand, SyncTable>> = {
  'person.update': 'persons',
  'group.update': 'groups',
  'group.endMembership': 'groupMembers',
};

/**
 * The values of the edited fields as this device sees them now (as test/sync-device.ts does):
 * when two devices edit the same text, the server keeps the overwritten one as a conflict copy.
 */
export function baseOf(args: Args, current: Row | undefined): Args | undefined {
  if (!current) return undefined;
  const base: Args = {};
  for (const k of Object.keys(args)) if (k !== 'id') base[k] = current[k];
  return base;
}
