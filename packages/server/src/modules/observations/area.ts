import { observationsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope, sharedVia } from '../../content/scope';
import { observationHandlers } from './commands';
import { instrumentResource, instrumentRowToInstrument, versionRowToVersion } from './instrument-queries';
import {
  detailsRowToDetails,
  KIND,
  noteRowToNote,
  observationLinkTitles,
  observationResources,
  observationRowToObservation,
  readWithDetails,
  responseRowToResponse,
} from './queries';
import { observationRoutes } from './routes';

const asProgramConfig = <R extends { id: string; programId: string }>(
  rows: readonly R[],
  published: (r: R) => boolean,
) => new Map<string, Resource>(rows.map((r) => [r.id, instrumentResource(r.programId, published(r))]));

/**
 * Instruments and observations (issue 8, points 3 and 4). A device holds its programs' instruments
 * (drafts only on its admins' devices, by the policy), the observations its user is one of the pair
 * of — never an official's, who reads metadata over REST — and the content of those cycles.
 *
 * Sharing an observation (`content.share` on `observationDetails`, whose id is the observation's)
 * shares the whole cycle's content with that person: its details (focus, context, both
 * reflections, next steps), the observer's responses and the lesson notes — what the teacher sees
 * of it, including what is added later, and all of it ends with the one unshare. A row kept to its
 * author alone is never covered. Responses and notes may also be shared one by one.
 */
export const observationsArea: AreaDescriptor = {
  name: 'observations',
  commands: commandsOf(observationsCore, observationHandlers),
  routes: observationRoutes,
  contentTables: [
    { table: 'observationDetails', kind: KIND },
    { table: 'observationResponses', kind: KIND },
    { table: 'observationNotes', kind: KIND },
  ],
  linkTitles: { observation: observationLinkTitles },
  syncTables: [
    syncTable({
      table: 'instruments',
      scope: (db, ws) => db.selectFrom('instruments').selectAll().where(inIds('programId', ws.programIds)),
      toRecord: instrumentRowToInstrument,
      resources: async (_db, rows) => asProgramConfig(rows, () => true),
    }),
    syncTable({
      table: 'instrumentVersions',
      scope: (db, ws) => db.selectFrom('instrumentVersions').selectAll().where(inIds('programId', ws.programIds)),
      toRecord: versionRowToVersion,
      resources: async (_db, rows) => asProgramConfig(rows, (r) => r.publishedAt !== null),
    }),
    syncTable({
      table: 'observations',
      scope: (db, ws) =>
        db
          .selectFrom('observations')
          .selectAll()
          .where((eb) =>
            eb.or([
              eb('observerPersonId', '=', ws.personId),
              eb('observedPersonId', '=', ws.personId),
              // Whom the cycle was shared with (its details share its id): the resource checks the share is live.
              ...(ws.sharedRecordIds.length ? [eb('id', 'in', ws.sharedRecordIds)] : []),
            ]),
          ),
      toRecord: observationRowToObservation,
      resources: observationResources,
    }),
    syncTable({
      table: 'observationDetails',
      scope: (db, ws) => db.selectFrom('observationDetails').selectAll().where(contentScope(ws)),
      toRecord: detailsRowToDetails,
      resources: (db, rows) => contentResources(db, 'observationDetails', KIND, rows),
    }),
    syncTable({
      table: 'observationResponses',
      scope: (db, ws) =>
        db
          .selectFrom('observationResponses')
          .selectAll()
          .where((eb) => eb.or([contentScope(ws), sharedVia(ws, 'observationId')])),
      toRecord: responseRowToResponse,
      resources: (db, rows) => contentResources(db, 'observationResponses', KIND, rows, readWithDetails(rows)),
    }),
    syncTable({
      table: 'observationNotes',
      scope: (db, ws) =>
        db
          .selectFrom('observationNotes')
          .selectAll()
          .where((eb) => eb.or([contentScope(ws), sharedVia(ws, 'observationId')])),
      toRecord: noteRowToNote,
      resources: (db, rows) => contentResources(db, 'observationNotes', KIND, rows, readWithDetails(rows)),
    }),
  ],
};
