import { AppError, defaultLessonObservationInstrument, type observationsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import {
  findInstrument,
  findVersion,
  instrumentResource,
  instrumentRowToInstrument,
  latestVersion,
  versionRowToVersion,
} from './instrument-queries';

type InstrumentCommands = Pick<
  typeof observationsCore.commands,
  'instrument.create' | 'instrument.saveDraft' | 'instrument.publish' | 'instrument.newVersion'
>;

async function loadVersion(ctx: CommandContext, id: string) {
  const v = await findVersion(ctx.trx, id);
  if (!v) throw new AppError('not_found', 'Instrument version not found');
  return v;
}

/**
 * Instruments are program configuration, changed online by the program's admins (issue 8, point 3:
 * "program admins create and version observation checklists"). "A version is frozen once used; an
 * observation always shows the version it used": a frozen version is never edited, a new one is made.
 */
export const instrumentHandlers: AreaHandlers<InstrumentCommands> = {
  'instrument.create': async (ctx, input) => {
    ensure(ctx.actor, 'create', instrumentResource(input.programId, true), 'instrument');
    const program = await ctx.trx
      .selectFrom('programs')
      .select('id')
      .where('id', '=', input.programId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!program) throw new AppError('not_found', 'Program not found');
    const instrument = { ...(await created(ctx, input.id)), programId: program.id, name: JSON.stringify(input.name) };
    await ctx.trx.insertInto('instruments').values(instrument).execute();
    const version = {
      ...(await created(ctx)),
      instrumentId: instrument.id,
      programId: program.id,
      number: 1,
      definition: JSON.stringify(input.definition ?? defaultLessonObservationInstrument),
      publishedAt: null,
      frozenAt: null,
    };
    await ctx.trx.insertInto('instrumentVersions').values(version).execute();
    await ctx.audit('instrument.create', 'instrument', instrument.id);
    return {
      ...instrumentRowToInstrument(instrument),
      versions: [{ id: version.id, number: 1, publishedAt: null, frozenAt: null }],
    };
  },

  'instrument.saveDraft': async (ctx, input) => {
    const v = await loadVersion(ctx, input.id);
    ensure(ctx.actor, 'update', instrumentResource(v.programId, v.publishedAt !== null), 'instrument');
    if (v.frozenAt !== null)
      throw new AppError(
        'conflict',
        `Version ${v.number} has been used by an observation and can no longer change: make a new version to edit it`,
        [{ path: 'id', message: 'frozen' }],
      );
    const changes = { definition: JSON.stringify(input.definition), ...(await touched(ctx)) };
    await ctx.trx.updateTable('instrumentVersions').set(changes).where('id', '=', v.id).execute();
    return versionRowToVersion({ ...v, ...changes });
  },

  'instrument.publish': async (ctx, input) => {
    const v = await loadVersion(ctx, input.id);
    ensure(ctx.actor, 'update', instrumentResource(v.programId, v.publishedAt !== null), 'instrument');
    if (v.publishedAt !== null) return versionRowToVersion(v);
    const changes = { publishedAt: ctx.now, ...(await touched(ctx)) };
    await ctx.trx.updateTable('instrumentVersions').set(changes).where('id', '=', v.id).execute();
    await ctx.audit('instrument.publish', 'instrumentVersion', v.id, { number: v.number });
    return versionRowToVersion({ ...v, ...changes });
  },

  'instrument.newVersion': async (ctx, input) => {
    const instrument = await findInstrument(ctx.trx, input.instrumentId);
    if (!instrument) throw new AppError('not_found', 'Instrument not found');
    ensure(ctx.actor, 'update', instrumentResource(instrument.programId, true), 'instrument');
    // Taking the version first serialises concurrent new versions: two cannot take the same number.
    await ctx.version();
    const latest = await latestVersion(ctx.trx, instrument.id);
    const row = {
      ...(await created(ctx, input.id)),
      instrumentId: instrument.id,
      programId: instrument.programId,
      number: (latest?.number ?? 0) + 1,
      definition: latest?.definition ?? JSON.stringify(defaultLessonObservationInstrument),
      publishedAt: null,
      frozenAt: null,
    };
    await ctx.trx.insertInto('instrumentVersions').values(row).execute();
    return versionRowToVersion(row);
  },
};
