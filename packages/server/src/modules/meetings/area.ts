import { meetingsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope } from '../../content/scope';
import { meetingHandlers } from './commands';
import {
  artefactRowToRecord,
  attendanceRowToRecord,
  meetingResources,
  meetingRowToMeeting,
  meetingScope,
  notesRowToRecord,
} from './queries';
import { meetingRoutes } from './routes';

/**
 * Meetings: metadata (`meetings`, `meetingAttendance`) reaches the devices of the group — a
 * one-to-one only its pair's; content (`meetingNotes`, `meetingArtefacts`) follows the content
 * scope (ARCHITECTURE §3). Officials read metadata over REST only.
 */
export const meetingsArea: AreaDescriptor = {
  name: 'meetings',
  commands: commandsOf(meetingsCore, meetingHandlers),
  routes: meetingRoutes,
  syncTables: [
    syncTable({
      table: 'meetings',
      scope: (db, ws) => db.selectFrom('meetings').selectAll().where(meetingScope(ws)),
      toRecord: meetingRowToMeeting,
      resources: (db, rows) => meetingResources(db, rows) as Promise<Map<string, Resource>>,
    }),
    syncTable({
      table: 'meetingAttendance',
      // An attendance row is read as its meeting: the subquery keeps a one-to-one's to its pair.
      scope: (db, ws) =>
        db
          .selectFrom('meetingAttendance')
          .selectAll()
          .where(inIds('groupId', ws.groupIds))
          .where('meetingId', 'in', db.selectFrom('meetings').select('id').where(meetingScope(ws))),
      toRecord: attendanceRowToRecord,
      resources: async (db, rows) => {
        const meetings = await db
          .selectFrom('meetings')
          .selectAll()
          .where('id', 'in', [...new Set(rows.map((r) => r.meetingId))])
          .execute();
        const byMeeting = await meetingResources(db, meetings);
        const out = new Map<string, Resource>();
        for (const a of rows) {
          const m = byMeeting.get(a.meetingId);
          if (m) out.set(a.id, m);
        }
        return out;
      },
    }),
    syncTable({
      table: 'meetingNotes',
      scope: (db, ws) => db.selectFrom('meetingNotes').selectAll().where(contentScope(ws)),
      toRecord: notesRowToRecord,
      resources: (db, rows) => contentResources(db, 'meetingNotes', 'meeting_note', rows),
    }),
    syncTable({
      table: 'meetingArtefacts',
      scope: (db, ws) => db.selectFrom('meetingArtefacts').selectAll().where(contentScope(ws)),
      toRecord: artefactRowToRecord,
      resources: (db, rows) => contentResources(db, 'meetingArtefacts', 'meeting_note', rows),
    }),
  ],
};
