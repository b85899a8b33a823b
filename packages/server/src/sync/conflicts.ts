import { CONFLICT_FIELDS, type Mutation } from '@mentora/core';
import { newId } from '../clock';
import type { CommandContext } from '../commands/context';

/** A field's value as stored: text as is, an object (a reflection's answers) as its JSON text. */
const asStored = (v: unknown) => (typeof v === 'string' || v === null || v === undefined ? v : JSON.stringify(v));

/**
 * Before a later edit overwrites a text field that changed since the device last saw it, keep the
 * text being overwritten as a conflict copy: server order wins, and nothing typed is silently lost.
 */
export async function keepConflictCopies(ctx: CommandContext, m: Mutation, clientId: string): Promise<number> {
  const spec = CONFLICT_FIELDS[m.name];
  const args = m.args as Record<string, unknown> | null;
  if (!spec || !m.base || !args || typeof args.id !== 'string') return 0;
  const current = (await ctx.trx
    .selectFrom(spec.table as 'persons')
    .selectAll()
    .where('id', '=', args.id)
    .executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!current) return 0;
  let kept = 0;
  for (const field of spec.fields) {
    if (!(field in args) || !(field in m.base)) continue;
    const now = current[field];
    if (typeof now !== 'string' || now === asStored(m.base[field]) || now === asStored(args[field])) continue;
    await ctx.trx
      .insertInto('conflictCopies')
      .values({
        id: newId(),
        createdAt: ctx.now,
        updatedAt: ctx.now,
        deletedAt: null,
        version: await ctx.version(),
        tableName: spec.table,
        recordId: args.id,
        field,
        keptText: now,
        winningText: String(asStored(args[field]) ?? ''),
        clientId,
        mutationId: m.id,
        userId: ctx.actor.userId,
      })
      .execute();
    kept++;
  }
  return kept;
}
