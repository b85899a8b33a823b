import { programsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { programHandlers } from './commands';
import { programRowToProgram } from './queries';
import { programRoutes } from './routes';

/** Programs: configured online by admins; every device holds the programs its user works in. */
export const programsArea: AreaDescriptor = {
  name: 'programs',
  commands: commandsOf(programsCore, programHandlers),
  routes: programRoutes,
  syncTables: [
    syncTable({
      table: 'programs',
      scope: (db, ws) => db.selectFrom('programs').selectAll().where(inIds('id', ws.programIds)),
      toRecord: programRowToProgram,
      resources: async (_db, rows) =>
        new Map(rows.map((r): [string, Resource] => [r.id, { type: 'program', programId: r.id }])),
    }),
  ],
};
