import {
  type Actor,
  type Change,
  can,
  type PullQuery,
  type PullResponse,
  type Resource,
  type SyncTable,
} from '@mentora/core';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { groupResource, groupRowToGroup, memberRowToMember } from '../modules/groups/queries';
import { orgUnitResource, orgUnitRowToOrgUnit } from '../modules/org/queries';
import { personResources, personRowToPerson } from '../modules/people/queries';
import { programRowToProgram } from '../modules/programs/queries';
import { findClient } from './clients';
import { workingSet } from './working-set';

/** Changes per page; a version is never split across pages (its rows committed together). */
export const PULL_PAGE = 2000;

interface Candidate extends Change {
  resource: Resource;
}

/**
 * Returns the changes above the device's cursor within its working set that the policy lets this
 * user read, with the new cursor and how far its outbox was applied. A changed working set answers
 * with a reset: every row of the new set, to replace what the device holds. The device sends back
 * the `scope` it was last given, so a pull writes nothing (defect 8): an unknown device id answers
 * as a new client and is not claimed.
 */
export async function pull(db: Db, actor: Actor, clock: Clock, q: PullQuery): Promise<PullResponse> {
  const client = await findClient(db, q.clientId, actor);
  const ws = await workingSet(db, actor, clock);
  // Devices from before `scope` was sent fall back to what an older server stored for them.
  const reset = q.cursor === 0 || (q.scope ?? client.scopeKey) !== ws.scopeKey;
  const from = reset ? 0 : q.cursor;
  const snapshot = Number((await db.selectFrom('serverClock').select('version').executeTakeFirstOrThrow()).version);
  const candidates = await changedRows(db, actor, clock, ws, from, snapshot);
  const visible = candidates
    .filter((c) => c.d === undefined || can(actor, 'read', c.resource))
    .filter((c) => !(reset && c.d === undefined))
    .sort((a, b) => a.v - b.v || a.t.localeCompare(b.t) || a.id.localeCompare(b.id));
  let page = visible;
  let cursor = snapshot;
  let more = false;
  if (visible.length > PULL_PAGE) {
    const cut = (visible[PULL_PAGE - 1] as Candidate).v;
    page = visible.filter((c) => c.v <= cut);
    cursor = cut;
    more = page.length < visible.length;
  }
  const rejected =
    client.known && q.pending
      ? await db
          .selectFrom('syncMutations')
          .select(['mutationId', 'name', 'args', 'error'])
          .where('clientId', '=', q.clientId)
          .where('status', '=', 'rejected')
          .where('mutationId', '>=', q.pending)
          .orderBy('mutationId')
          .execute()
      : [];
  return {
    cursor,
    lastMutationId: client.lastMutationId,
    reset,
    scope: ws.scopeKey,
    more,
    changes: page.map(({ resource: _r, ...c }) => c),
    rejected: rejected.map((r) => ({
      id: Number(r.mutationId),
      name: r.name,
      args: JSON.parse(r.args),
      error: JSON.parse(r.error ?? '{}'),
    })),
  };
}

async function changedRows(
  db: Db,
  actor: Actor,
  clock: Clock,
  ws: Awaited<ReturnType<typeof workingSet>>,
  from: number,
  to: number,
) {
  const out: Candidate[] = [];
  const put = (t: SyncTable, id: string, v: number, deleted: boolean, d: Record<string, unknown>, resource: Resource) =>
    out.push(deleted ? { t, id, v, resource } : { t, id, v, d, resource });
  const window = <T extends { version: number }>(rows: T[]) => rows.filter((r) => r.version > from && r.version <= to);

  if (ws.programs.length) {
    for (const r of window(await db.selectFrom('programs').selectAll().where('id', 'in', ws.programs).execute()))
      put(
        'programs',
        r.id,
        r.version,
        r.deletedAt !== null,
        { ...programRowToProgram(r) },
        { type: 'program', programId: r.id },
      );
  }
  const units = ws.orgUnits.length
    ? await db.selectFrom('orgUnits').selectAll().where('id', 'in', ws.orgUnits).execute()
    : [];
  for (const r of window(units))
    put('orgUnits', r.id, r.version, r.deletedAt !== null, { ...orgUnitRowToOrgUnit(r) }, orgUnitResource(r));

  const people = await db.selectFrom('persons').selectAll().where('id', 'in', ws.persons).execute();
  const changedPeople = window(people);
  const resources = await personResources(db, changedPeople, clock);
  for (const r of changedPeople)
    put('persons', r.id, r.version, r.deletedAt !== null, { ...personRowToPerson(r) }, resources.get(r.id) as Resource);

  if (ws.roleAssignments.length) {
    const roles = await db
      .selectFrom('roleAssignments as ra')
      .innerJoin('orgUnits as u', 'u.id', 'ra.orgUnitId')
      .selectAll('ra')
      .select('u.path')
      .where('ra.id', 'in', ws.roleAssignments)
      .execute();
    for (const { path, ...r } of window(roles))
      put('roleAssignments', r.id, r.version, r.deletedAt !== null, r, {
        type: 'role_assignment',
        programId: r.programId,
        path,
        personId: r.personId,
      });
  }
  if (ws.groups.length) {
    const groups = await db
      .selectFrom('groups as g')
      .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
      .selectAll('g')
      .select('u.path')
      .where('g.id', 'in', ws.groups)
      .execute();
    const groupRes = new Map(groups.map((g) => [g.id, groupResource(g)]));
    for (const { path: _p, ...g } of window(groups))
      put('groups', g.id, g.version, g.deletedAt !== null, { ...groupRowToGroup(g) }, groupRes.get(g.id) as Resource);
    const members = await db.selectFrom('groupMembers').selectAll().where('id', 'in', ws.groupMembers).execute();
    for (const m of window(members))
      put(
        'groupMembers',
        m.id,
        m.version,
        m.deletedAt !== null,
        { ...memberRowToMember(m) },
        groupRes.get(m.groupId) as Resource,
      );
  }
  // Conflict copies travel with their record and are read by whoever may read it.
  const recordResources = new Map(out.filter((c) => c.d !== undefined).map((c) => [c.id, c.resource]));
  const recordIds = [...ws.persons, ...ws.groups, ...ws.orgUnits];
  const copies = await db
    .selectFrom('conflictCopies')
    .selectAll()
    .where('recordId', 'in', recordIds)
    .where('version', '>', from)
    .where('version', '<=', to)
    .execute();
  for (const c of copies) {
    const resource = recordResources.get(c.recordId) ?? (await resourceOf(db, actor, clock, c.tableName, c.recordId));
    if (!resource) continue;
    const { clientId: _c, mutationId: _m, userId: _u, ...copy } = c;
    put('conflictCopies', c.id, c.version, c.deletedAt !== null, copy, resource);
  }
  return out;
}

/** The policy resource of a record that did not itself change in this window. */
async function resourceOf(db: Db, _actor: Actor, clock: Clock, table: string, id: string): Promise<Resource | null> {
  if (table === 'persons') {
    const p = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
    return p ? ((await personResources(db, [p], clock)).get(p.id) ?? null) : null;
  }
  if (table === 'groups') {
    const g = await db
      .selectFrom('groups as g')
      .innerJoin('orgUnits as u', 'u.id', 'g.orgUnitId')
      .select(['g.id', 'g.programId', 'u.path'])
      .where('g.id', '=', id)
      .executeTakeFirst();
    return g ? groupResource(g) : null;
  }
  const u = await db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirst();
  return u ? orgUnitResource(u) : null;
}
