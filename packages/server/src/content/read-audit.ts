import { type Actor, can, type Resource } from '@mentora/core';
import { type Clock, isoNow, newId } from '../clock';
import type { Db } from '../db/connect';
import type { ContentParent } from './resources';

/** Content rows of one table a REST read returned, with their policy resources and the records they are read with. */
export interface ReadBatch {
  readonly table: string;
  readonly rows: readonly { id: string }[];
  readonly resources: ReadonlyMap<string, Resource>;
  readonly parents?: readonly ContentParent[];
}

/**
 * Writes one `content.read` audit event per shared record `actor` read over REST only because it
 * was shared with them (ARCHITECTURE §2: "reads of confidential content by anyone but its owners"):
 * a row they read that the policy would refuse them without its shares. The author, the pair and a
 * group a record was shown to are its owners: their reads are not audited. A row read through its
 * parent's share (an observation's responses) counts as a read of that parent, so one REST read of
 * one shared record writes one event: resource type = the shared record's table, id = its id,
 * details `{ access: 'shared', shareId }`. The sync pull never calls this (ADR 0013: reads do not
 * write); delivering a share to a device is covered by the share's own `content.share` event.
 */
export async function auditReadsByShare(db: Db, actor: Actor, clock: Clock, batches: readonly ReadBatch[]) {
  const wanted: { table: string; id: string; via: { table: string; id: string }[] }[] = [];
  for (const b of batches)
    for (const r of b.rows) {
      const res = b.resources.get(r.id);
      if (res?.type !== 'content' || !can(actor, 'read', res)) continue;
      if (can(actor, 'read', { ...res, sharedWithPersonIds: [] })) continue;
      const via = (b.parents ?? []).flatMap((p) => {
        const id = p.ids.get(r.id);
        return id ? [{ table: p.table, id }] : [];
      });
      wanted.push({ table: b.table, id: r.id, via });
    }
  if (wanted.length === 0) return;
  const ids = [...new Set(wanted.flatMap((w) => [w.id, ...w.via.map((v) => v.id)]))];
  const shares = await db
    .selectFrom('contentShares')
    .select(['id', 'tableName', 'recordId'])
    .where('personId', '=', actor.personId)
    .where('recordId', 'in', ids)
    .where('revokedAt', 'is', null)
    .where('deletedAt', 'is', null)
    .execute();
  const shareOf = (table: string, id: string) => shares.find((s) => s.tableName === table && s.recordId === id);
  const events = new Map<string, { table: string; id: string; shareId: string }>();
  for (const w of wanted) {
    const direct = shareOf(w.table, w.id);
    const s = direct ?? w.via.map((v) => shareOf(v.table, v.id)).find((x) => x !== undefined);
    if (s) events.set(s.id, { table: s.tableName, id: s.recordId, shareId: s.id });
  }
  if (events.size === 0) return;
  const at = isoNow(clock);
  await db
    .insertInto('auditEvents')
    .values(
      [...events.values()].map((e) => ({
        id: newId(),
        at,
        actorUserId: actor.userId,
        action: 'content.read',
        resourceType: e.table,
        resourceId: e.id,
        details: JSON.stringify({ access: 'shared', shareId: e.shareId }),
      })),
    )
    .execute();
}
