import { AppError, isPhoneCountry, type programsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { created, ensure, touched } from '../../commands/context';
import { ensureDefaultInstrument } from '../observations/instrument-queries';
import { programRowToProgram } from './queries';

/** The program's country must be one whose phone numbers libphonenumber-js knows (issue 10, kind 1). */
function assertPhoneCountry(country: string | undefined): void {
  if (country !== undefined && !isPhoneCountry(country))
    throw new AppError('validation_failed', 'The program settings are not valid', [
      { path: 'settings.country', message: 'must be a country whose phone numbers are known, such as PK or XK' },
    ]);
}

export const programHandlers: AreaHandlers<typeof programsCore.commands> = {
  'program.create': async (ctx, input) => {
    assertPhoneCountry(input.settings.country);
    const meta = await created(ctx);
    ensure(ctx.actor, 'create', { type: 'program', programId: meta.id }, 'program');
    const row = {
      ...meta,
      name: input.name,
      model: input.model,
      levelNames: JSON.stringify(input.levelNames),
      locales: JSON.stringify(input.locales),
      settings: JSON.stringify(input.settings),
      rootOrgUnitId: null,
    };
    await ctx.trx.insertInto('programs').values(row).execute();
    // Every program starts with the default lesson-observation instrument, version 1 published (issue 8, point 3).
    await ensureDefaultInstrument(ctx.trx, row.id, { now: ctx.now, version: meta.version });
    await ctx.audit('program.create', 'program', row.id, { name: input.name });
    return programRowToProgram(row);
  },

  'program.update': async (ctx, input) => {
    assertPhoneCountry(input.settings?.country);
    const row = await ctx.trx
      .selectFrom('programs')
      .selectAll()
      .where('id', '=', input.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Program not found');
    ensure(ctx.actor, 'update', { type: 'program', programId: row.id }, 'program');
    const changes = {
      ...(input.name ? { name: input.name } : {}),
      ...(input.model ? { model: input.model } : {}),
      ...(input.levelNames ? { levelNames: JSON.stringify(input.levelNames) } : {}),
      ...(input.locales ? { locales: JSON.stringify(input.locales) } : {}),
      ...(input.settings ? { settings: JSON.stringify(input.settings) } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('programs').set(changes).where('id', '=', row.id).execute();
    await ctx.audit('program.update', 'program', row.id, { fields: Object.keys(input).filter((k) => k !== 'id') });
    return programRowToProgram({ ...row, ...changes });
  },
};
