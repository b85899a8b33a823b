import { AppError, type ContentShare, contentResource, type Resource, type reflectionsCore } from '@mentora/core';
import type { Selectable } from 'kysely';
import type { AreaHandlers, ContentTableDescriptor } from '../../area';
import { created, ensure, touched } from '../../commands/context';
import { contentResourceOf } from '../../content/resources';
import type { ContentColumns, ContentSharesTable } from '../../content/schema';
import type { Db } from '../../db/connect';
import { findPerson } from '../persons/queries';

type SharingCommands = Pick<typeof reflectionsCore.commands, 'content.share' | 'content.unshare'>;
type ShareRow = Selectable<ContentSharesTable>;

export function shareRowToShare(r: ShareRow): ContentShare {
  return {
    id: r.id,
    programId: r.programId,
    tableName: r.tableName,
    recordId: r.recordId,
    personId: r.personId,
    grantedByPersonId: r.grantedByPersonId,
    revokedAt: r.revokedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    deletedAt: r.deletedAt,
    version: Number(r.version),
  };
}

/**
 * A share is its giver's record (their consent): only they read it, on their own devices. The
 * person it names receives the shared record itself, never the share row.
 */
export function shareResources(rows: readonly ShareRow[]): Map<string, Resource> {
  return new Map(
    rows.map((s) => [
      s.id,
      contentResource({
        kind: 'reflection',
        programId: s.programId,
        path: `/program:${s.programId}/`,
        groupId: null,
        ownerPersonId: s.grantedByPersonId,
        partnerPersonId: null,
        authorPersonId: s.grantedByPersonId,
        visibility: 'author',
      }),
    ]),
  );
}

/** The shares a person gave of one record (live ones first), for the author's screen and the REST read. */
export async function sharesOfRecord(db: Db, grantedBy: string, table: string, recordId: string) {
  const rows = await db
    .selectFrom('contentShares')
    .selectAll()
    .where('grantedByPersonId', '=', grantedBy)
    .where('tableName', '=', table)
    .where('recordId', '=', recordId)
    .where('deletedAt', 'is', null)
    .orderBy('createdAt')
    .execute();
  return rows.map(shareRowToShare);
}

/**
 * `content.share` and `content.unshare` over the content tables the areas declare (`tables`, by sync
 * name). ARCHITECTURE §3: "Sharing is the teacher's act … recorded as consent, is revocable, and is
 * audited". A share gives one named person of the same program read access to one record; the
 * working set's scope key changes with it, so their device receives it (or loses it) at its next pull.
 */
export function sharingHandlers(tables: ReadonlyMap<string, ContentTableDescriptor>): AreaHandlers<SharingCommands> {
  return {
    'content.share': async (ctx, input) => {
      const spec = tables.get(input.table);
      if (!spec)
        throw new AppError('validation_failed', 'This is not a table of shareable content', [
          { path: 'table', message: 'not a content table' },
        ]);
      // The table is one an area declared (above), never the client's free text.
      const row = (await ctx.trx
        .selectFrom(spec.table as 'reflections')
        .selectAll()
        .where('id', '=', input.recordId)
        .where('deletedAt', 'is', null)
        .executeTakeFirst()) as ContentColumns | undefined;
      if (!row) throw new AppError('not_found', 'Record not found');
      ensure(ctx.actor, 'share', await contentResourceOf(ctx.trx, spec.table, spec.kind, row), 'record');
      const person = await findPerson(ctx.trx, input.personId);
      if (!person || person.programId !== row.programId)
        throw new AppError('validation_failed', 'Share with a person of this program', [
          { path: 'personId', message: 'unknown person' },
        ]);
      if (person.id === ctx.actor.personId)
        throw new AppError('validation_failed', 'This is yours already', [
          { path: 'personId', message: 'must be someone else' },
        ]);
      const live = await ctx.trx
        .selectFrom('contentShares')
        .selectAll()
        .where('tableName', '=', spec.table)
        .where('recordId', '=', row.id)
        .where('personId', '=', person.id)
        .where('revokedAt', 'is', null)
        .where('deletedAt', 'is', null)
        .executeTakeFirst();
      if (live) return shareRowToShare(live); // shared already: one consent, not two
      const share = {
        ...(await created(ctx, input.id)),
        programId: row.programId,
        tableName: spec.table,
        recordId: row.id,
        personId: person.id,
        grantedByPersonId: ctx.actor.personId,
        revokedAt: null,
      };
      await ctx.trx.insertInto('contentShares').values(share).execute();
      await ctx.audit('content.share', spec.table, row.id, { shareId: share.id, personId: person.id });
      return shareRowToShare(share);
    },

    'content.unshare': async (ctx, input) => {
      const share = await ctx.trx
        .selectFrom('contentShares')
        .selectAll()
        .where('id', '=', input.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst();
      // Only its giver revokes a consent; to anyone else it does not exist.
      if (!share || share.grantedByPersonId !== ctx.actor.personId) throw new AppError('not_found', 'Share not found');
      if (share.revokedAt !== null) return shareRowToShare(share);
      const changes = { revokedAt: ctx.now, ...(await touched(ctx)) };
      await ctx.trx.updateTable('contentShares').set(changes).where('id', '=', share.id).execute();
      await ctx.audit('content.unshare', share.tableName, share.recordId, {
        shareId: share.id,
        personId: share.personId,
      });
      return shareRowToShare({ ...share, ...changes });
    },
  };
}
