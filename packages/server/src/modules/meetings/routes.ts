import {
  ArtefactOut,
  AttachArtefact,
  AttendanceBody,
  AttendanceOut,
  ContactHoursOut,
  DayAttendanceBody,
  DayAttendanceResultOut,
  listOf,
  MarkMeetingHeld,
  MeetingDetailOut,
  MeetingListItemOut,
  MeetingNoteOut,
  MeetingOut,
  ScheduleClusterMeetingsBody,
  ScheduleMeetingFields,
  UpdateMeeting,
  WriteMeetingNotes,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams } from '../../http/params';
import { created, none, ok } from '../../http/responses';
import { groupMeetings, meetingDetail, personContactHours } from './reads';

const Period = z.strictObject({
  from: z.iso.date({ message: 'must be a date YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: 'must be a date YYYY-MM-DD' }).optional(),
});

/** Thin routes over the meeting commands and reads (the commands also arrive by sync push). */
export async function meetingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const { db, clock } = app.deps;

  r.get(
    '/api/groups/:id/meetings',
    { schema: { tags, params: IdParams, response: ok(listOf(MeetingListItemOut)) } },
    async (req) => groupMeetings(db, actorOf(req), req.params.id),
  );
  r.get('/api/meetings/:id', { schema: { tags, params: IdParams, response: ok(MeetingDetailOut) } }, async (req) =>
    meetingDetail(db, actorOf(req), req.params.id, clock),
  );
  r.get(
    '/api/persons/:id/contact-hours',
    { schema: { tags, params: IdParams, querystring: Period, response: ok(ContactHoursOut) } },
    async (req) =>
      personContactHours(db, actorOf(req), clock, req.params.id, req.query.from ?? null, req.query.to ?? null),
  );

  r.post(
    '/api/groups/:id/meetings',
    { schema: { tags, params: IdParams, body: ScheduleMeetingFields, response: created(MeetingOut) } },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'meeting.schedule', { ...req.body, groupId: req.params.id })),
  );
  r.post(
    '/api/groups/:id/cluster-meetings',
    { schema: { tags, params: IdParams, body: ScheduleClusterMeetingsBody, response: created(z.array(MeetingOut)) } },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'meeting.scheduleCluster', { ...req.body, id: req.params.id })),
  );
  r.post(
    '/api/meetings/:id/day-attendance',
    { schema: { tags, params: IdParams, body: DayAttendanceBody, response: ok(DayAttendanceResultOut) } },
    async (req) => run(app, req, 'meeting.recordDayAttendance', { ...req.body, id: req.params.id }),
  );
  r.patch(
    '/api/meetings/:id',
    { schema: { tags, params: IdParams, body: UpdateMeeting.omit({ id: true }), response: ok(MeetingOut) } },
    async (req) => run(app, req, 'meeting.update', { ...req.body, id: req.params.id }),
  );
  r.post('/api/meetings/:id/cancel', { schema: { tags, params: IdParams, response: ok(MeetingOut) } }, async (req) =>
    run(app, req, 'meeting.cancel', { id: req.params.id }),
  );
  r.post(
    '/api/meetings/:id/held',
    { schema: { tags, params: IdParams, body: MarkMeetingHeld.omit({ id: true }), response: ok(MeetingOut) } },
    async (req) => run(app, req, 'meeting.markHeld', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/meetings/:id/attendance',
    { schema: { tags, params: IdParams, body: AttendanceBody, response: ok(z.array(AttendanceOut)) } },
    async (req) => run(app, req, 'meeting.recordAttendance', { ...req.body, id: req.params.id }),
  );
  r.put(
    '/api/meetings/:id/notes',
    { schema: { tags, params: IdParams, body: WriteMeetingNotes.omit({ id: true }), response: ok(MeetingNoteOut) } },
    async (req) => run(app, req, 'meeting.writeNotes', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/meeting-artefacts',
    { schema: { tags, body: AttachArtefact, response: created(ArtefactOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'meeting.attachArtefact', req.body)),
  );
  r.delete('/api/meeting-artefacts/:id', { schema: { tags, params: IdParams, response: none } }, async (req, reply) => {
    await run(app, req, 'meeting.removeArtefact', { id: req.params.id });
    return reply.status(204).send(null);
  });
}
