import { meetingsCore, type Resource } from '@mentora/core';
import { type AreaDescriptor, commandsOf, inIds, syncTable } from '../../area';
import { contentResources } from '../../content/resources';
import { contentScope, sharedVia } from '../../content/scope';
import type { Db } from '../../db/connect';
import { meetingHandlers } from './commands';
import {
  artefactRowToRecord,
  attendanceRowToRecord,
  dayAttendanceRowToRecord,
  meetingLinkTitles,
  meetingResources,
  meetingRowToMeeting,
  meetingScope,
  notesRowToRecord,
  readWithNotes,
} from './queries';
import { meetingRoutes } from './routes';

/** Attendance rows are read as their meeting: its policy resource for each row, by id. */
async function asMeetings(db: Db, rows: readonly { id: string; meetingId: string }[]) {
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
}

/**
 * Meetings: metadata (`meetings`, `meetingAttendance`) reaches the devices of the group — a
 * one-to-one only its pair's; content (`meetingNotes`, `meetingArtefacts`) follows the content
 * scope (ARCHITECTURE §3). Officials read metadata over REST only.
 *
 * Sharing (`content.share`): a meeting's notes (`meetingNotes`, id = the meeting's) — a teacher
 * shares a one-to-one's record — with its artefacts, those added later too, all ended by the one
 * unshare; the sharee also reads that the meeting took place (`GET /api/meetings/:id`). An artefact
 * may be shared alone. A row kept to its author alone is never covered.
 */
export const meetingsArea: AreaDescriptor = {
  name: 'meetings',
  commands: commandsOf(meetingsCore, meetingHandlers),
  routes: meetingRoutes,
  contentTables: [
    { table: 'meetingNotes', kind: 'meeting_note' },
    { table: 'meetingArtefacts', kind: 'meeting_note' },
  ],
  linkTitles: { meeting: meetingLinkTitles },
  syncTables: [
    syncTable({
      table: 'meetings',
      // Also a meeting whose notes (same id) were shared with the user: the resource checks the share is live.
      scope: (db, ws) =>
        db
          .selectFrom('meetings')
          .selectAll()
          .where((eb) =>
            ws.sharedRecordIds.length
              ? eb.or([meetingScope(ws), eb('id', 'in', ws.sharedRecordIds)])
              : meetingScope(ws),
          ),
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
      resources: (db, rows) => asMeetings(db, rows),
    }),
    syncTable({
      table: 'meetingDayAttendance',
      // Read as its meeting, like the meeting's total attendance above.
      scope: (db, ws) =>
        db
          .selectFrom('meetingDayAttendance')
          .selectAll()
          .where(inIds('groupId', ws.groupIds))
          .where('meetingId', 'in', db.selectFrom('meetings').select('id').where(meetingScope(ws))),
      toRecord: dayAttendanceRowToRecord,
      resources: (db, rows) => asMeetings(db, rows),
    }),
    syncTable({
      table: 'meetingNotes',
      scope: (db, ws) => db.selectFrom('meetingNotes').selectAll().where(contentScope(ws)),
      toRecord: notesRowToRecord,
      resources: (db, rows) => contentResources(db, 'meetingNotes', 'meeting_note', rows),
    }),
    syncTable({
      table: 'meetingArtefacts',
      scope: (db, ws) =>
        db
          .selectFrom('meetingArtefacts')
          .selectAll()
          .where((eb) => eb.or([contentScope(ws), sharedVia(ws, 'meetingId')])),
      toRecord: artefactRowToRecord,
      resources: (db, rows) => contentResources(db, 'meetingArtefacts', 'meeting_note', rows, readWithNotes(rows)),
    }),
  ],
};
