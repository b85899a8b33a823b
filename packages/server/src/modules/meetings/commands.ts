import { AppError, type ContentMeta, contentResource, meetingDays, type meetingsCore } from '@mentora/core';
import type { AreaHandlers } from '../../area';
import { today } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { assertPair } from '../../content/pair';
import { contentResourceOf } from '../../content/resources';
import { currentMembership } from '../../db/current-membership';
import { assertNoFeedbackYet } from '../feedback/release';
import { findGroup } from '../groups/queries';
import { goalLinkTitles } from '../plans/queries';
import { linkUpload } from '../uploads/store';
import {
  assertKindFits,
  assertSpan,
  programCalendar,
  recomputeDays,
  recordDayAttendance,
  scheduleClusterMeetings,
} from './cluster-commands';
import {
  artefactRowToRecord,
  attendanceRowToRecord,
  findMeeting,
  meetingRowToMeeting,
  notesRowToRecord,
  pairOf,
} from './queries';
import type { MeetingRow } from './schema';

async function loadMeeting(ctx: CommandContext, id: string) {
  const found = await findMeeting(ctx.trx, id);
  if (!found) throw new AppError('not_found', 'Meeting not found');
  return found;
}

/** The current members of a group today, by person id → role. */
async function currentMembers(ctx: CommandContext, groupId: string) {
  const rows = await ctx.trx
    .selectFrom('groupMembers')
    .select(['personId', 'role'])
    .where('groupId', '=', groupId)
    .where(currentMembership(today(ctx.clock)))
    .execute();
  return new Map(rows.map((r) => [r.personId, r.role]));
}

async function hasDayAttendance(ctx: CommandContext, meetingId: string): Promise<boolean> {
  const row = await ctx.trx
    .selectFrom('meetingDayAttendance')
    .select('id')
    .where('meetingId', '=', meetingId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

function refuseCancelled(m: MeetingRow, what: string) {
  if (m.status === 'cancelled') throw new AppError('conflict', `A cancelled meeting cannot ${what}`);
}

/**
 * Who a meeting's notes and artefacts belong to (issue 8 design; ARCHITECTURE §3): a group
 * meeting's belong to the group (visibility `group`, owner = their author, no partner); a
 * one-to-one's to its pair (owner = the mentee, partner = the mentor, visibility `pair`).
 */
function contentOfMeeting(m: MeetingRow, authorPersonId: string, path: string): ContentMeta {
  const oneToOne = m.kind === 'one_to_one' && m.menteePersonId !== null;
  return {
    kind: 'meeting_note',
    programId: m.programId,
    path,
    groupId: m.groupId,
    ownerPersonId: oneToOne ? (m.menteePersonId as string) : authorPersonId,
    partnerPersonId: oneToOne ? m.createdByPersonId : null,
    authorPersonId,
    visibility: oneToOne ? 'pair' : 'group',
  };
}

/**
 * Only the people a meeting's content belongs to write it: the group for a group meeting, the pair
 * for a one-to-one. An official who reads the metadata is refused (content is never theirs).
 */
function assertKeepsContent(ctx: CommandContext, m: MeetingRow) {
  const pair = pairOf(m);
  const mine = pair.length ? pair.includes(ctx.actor.personId) : ctx.actor.groups.some((g) => g.groupId === m.groupId);
  if (!mine)
    throw new AppError('forbidden', 'Only the group or pair of this meeting may write its notes and artefacts');
}

const columnsOf = ({ kind: _k, path: _p, ...c }: ContentMeta) => c;

/**
 * Outcomes and joint work link to goals the writer can read (issue 8 probe, finding 5: any id was
 * stored, and a pair's goal id reached the whole group). `path`: the input field, for the error.
 * Errors: `validation_failed` on `<path>` or `<path>.<i>`.
 */
async function assertReadableGoals(ctx: CommandContext, path: string, goalIds: readonly string[]): Promise<void> {
  if (goalIds.length === 0) return;
  const readable = await goalLinkTitles(ctx.trx, ctx.actor, goalIds);
  const single = path === 'goalId';
  const unknown = goalIds.flatMap((g, i) =>
    readable.has(g) ? [] : [{ path: single ? path : `${path}.${i}`, message: 'not a goal you can read' }],
  );
  if (unknown.length) throw new AppError('validation_failed', 'Link to goals you can see', unknown);
}

export const meetingHandlers: AreaHandlers<typeof meetingsCore.commands> = {
  'meeting.schedule': async (ctx, input) => {
    const group = await findGroup(ctx.trx, input.groupId);
    if (!group) throw new AppError('not_found', 'Group not found');
    const pair = input.menteePersonId ? [ctx.actor.personId, input.menteePersonId] : [];
    const resource = { type: 'meeting', programId: group.programId, path: group.path, groupId: group.id } as const;
    ensure(ctx.actor, 'create', { ...resource, pairPersonIds: pair }, 'meeting');
    assertKindFits(group.kind, input.kind);
    assertSpan(input, (await programCalendar(ctx, group.programId)).timeZone, 'endsOn');
    if (input.menteePersonId && (await currentMembers(ctx, group.id)).get(input.menteePersonId) !== 'mentee')
      throw new AppError('validation_failed', 'A one-to-one is with a current mentee of the group', [
        { path: 'menteePersonId', message: 'not a current mentee of the group' },
      ]);
    const row = {
      ...(await created(ctx, input.id)),
      programId: group.programId,
      groupId: group.id,
      kind: input.kind,
      title: input.title,
      scheduledFor: input.scheduledFor,
      durationMinutes: input.durationMinutes,
      endsOn: input.endsOn,
      status: 'scheduled',
      heldAt: null,
      createdByPersonId: ctx.actor.personId,
      menteePersonId: input.menteePersonId,
    };
    await ctx.trx.insertInto('meetings').values(row).execute();
    return meetingRowToMeeting(row);
  },

  'meeting.update': async (ctx, input) => {
    const { row: m, resource } = await loadMeeting(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'meeting');
    refuseCancelled(m, 'be changed');
    // Moving a meeting of several days moves all of them: the new last day must come with the new
    // first one, or the move would silently shorten it (probe of issue 9, finding 8).
    if (m.endsOn !== null && input.scheduledFor !== undefined && input.endsOn === undefined)
      throw new AppError('validation_failed', 'Give the new last day of the meeting too', [
        { path: 'endsOn', message: 'required when a meeting of several days moves' },
      ]);
    const next = {
      ...m,
      ...(input.scheduledFor !== undefined ? { scheduledFor: input.scheduledFor } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
    };
    const { timeZone } = await programCalendar(ctx, m.programId);
    assertSpan(next, timeZone, 'endsOn');
    const byDay = await hasDayAttendance(ctx, m.id);
    if (input.durationMinutes !== undefined && !byDay) {
      const longest = await ctx.trx
        .selectFrom('meetingAttendance')
        .select((eb) => eb.fn.max('hours').as('hours'))
        .where('meetingId', '=', m.id)
        .where('deletedAt', 'is', null)
        .executeTakeFirst();
      if (Number(longest?.hours ?? 0) > (input.durationMinutes / 60) * meetingDays(next, timeZone).length)
        throw new AppError('validation_failed', 'Recorded contact hours are longer than the new duration', [
          { path: 'durationMinutes', message: `shorter than recorded hours (${Number(longest?.hours)})` },
        ]);
    }
    const changes = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.scheduledFor !== undefined ? { scheduledFor: input.scheduledFor } : {}),
      ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
      ...(input.endsOn !== undefined ? { endsOn: input.endsOn } : {}),
      ...(await touched(ctx)),
    };
    await ctx.trx.updateTable('meetings').set(changes).where('id', '=', m.id).execute();
    // Taken day by day: each day's hours follow the new start or length (a lost day is refused).
    if (byDay) await recomputeDays(ctx, { ...m, ...changes });
    return meetingRowToMeeting({ ...m, ...changes });
  },

  'meeting.cancel': async (ctx, input) => {
    const { row: m, resource } = await loadMeeting(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'meeting');
    if (m.status === 'held') throw new AppError('conflict', 'A meeting that was held cannot be cancelled');
    const changes = { status: 'cancelled', ...(await touched(ctx)) };
    await ctx.trx.updateTable('meetings').set(changes).where('id', '=', m.id).execute();
    return meetingRowToMeeting({ ...m, ...changes });
  },

  'meeting.markHeld': async (ctx, input) => {
    const { row: m, resource } = await loadMeeting(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'meeting');
    refuseCancelled(m, 'be marked held');
    const changes = { status: 'held', heldAt: input.heldAt ?? m.heldAt ?? ctx.now, ...(await touched(ctx)) };
    await ctx.trx.updateTable('meetings').set(changes).where('id', '=', m.id).execute();
    return meetingRowToMeeting({ ...m, ...changes });
  },

  'meeting.recordAttendance': async (ctx, input) => {
    const { row: m, resource } = await loadMeeting(ctx, input.id);
    ensure(ctx.actor, 'update', resource, 'meeting');
    refuseCancelled(m, 'take attendance');
    await assertNoFeedbackYet(ctx.trx, m.id);
    // One way of taking it per meeting: the per-day rows would be overwritten by a whole-meeting total.
    if (await hasDayAttendance(ctx, m.id))
      throw new AppError('conflict', 'This meeting’s attendance is taken day by day');
    const members = await currentMembers(ctx, m.groupId);
    const pair = pairOf(m);
    const { timeZone } = await programCalendar(ctx, m.programId);
    const maxHours = (Number(m.durationMinutes) / 60) * meetingDays(m, timeZone).length;
    const details = input.entries.flatMap((e, i) => [
      ...(members.has(e.personId) && (pair.length === 0 || pair.includes(e.personId))
        ? []
        : [{ path: `entries.${i}.personId`, message: 'not a current member of this meeting’s group (or pair)' }]),
      ...(e.hours > maxHours
        ? [{ path: `entries.${i}.hours`, message: `more than the meeting’s ${maxHours * 60} minutes` }]
        : []),
      // Contact hours of someone absent are a contradiction: refused, not silently zeroed (probe finding 6).
      ...(!e.present && e.hours > 0
        ? [{ path: `entries.${i}.hours`, message: 'an absent teacher has no contact hours' }]
        : []),
    ]);
    if (details.length) throw new AppError('validation_failed', 'The attendance does not fit this meeting', details);
    const existing = await ctx.trx.selectFrom('meetingAttendance').selectAll().where('meetingId', '=', m.id).execute();
    const out = [];
    for (const e of input.entries) {
      // Absent means no contact time: the hours are kept only for those present.
      const values = { present: e.present ? 1 : 0, hours: e.present ? e.hours : 0 };
      const row = existing.find((r) => r.personId === e.personId);
      if (row) {
        const changes = { ...values, deletedAt: null, ...(await touched(ctx)) };
        await ctx.trx.updateTable('meetingAttendance').set(changes).where('id', '=', row.id).execute();
        out.push(attendanceRowToRecord({ ...row, ...changes }));
      } else {
        const created_ = {
          ...(await created(ctx)),
          meetingId: m.id,
          groupId: m.groupId,
          personId: e.personId,
          ...values,
        };
        await ctx.trx.insertInto('meetingAttendance').values(created_).execute();
        out.push(attendanceRowToRecord(created_));
      }
    }
    return out;
  },

  'meeting.scheduleCluster': scheduleClusterMeetings,
  'meeting.recordDayAttendance': recordDayAttendance,

  'meeting.writeNotes': async (ctx, input) => {
    const { row: m, resource } = await loadMeeting(ctx, input.id);
    ensure(ctx.actor, 'read', resource, 'meeting');
    assertKeepsContent(ctx, m);
    // Like attendance: a cancelled meeting took no place to take notes of (issue 8 re-probe, finding 12).
    refuseCancelled(m, 'take notes');
    await assertReadableGoals(ctx, 'goalIds', input.goalIds ?? []);
    const text = {
      ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.outcomes !== undefined ? { outcomes: input.outcomes } : {}),
      ...(input.goalIds !== undefined ? { goalIds: JSON.stringify(input.goalIds) } : {}),
    };
    const existing = await ctx.trx.selectFrom('meetingNotes').selectAll().where('id', '=', m.id).executeTakeFirst();
    if (existing) {
      ensure(
        ctx.actor,
        'update',
        await contentResourceOf(ctx.trx, 'meetingNotes', 'meeting_note', existing),
        'meeting notes',
      );
      const changes = { ...text, ...(await touched(ctx)) };
      await ctx.trx.updateTable('meetingNotes').set(changes).where('id', '=', m.id).execute();
      return notesRowToRecord({ ...existing, ...changes });
    }
    const meta = contentOfMeeting(m, ctx.actor.personId, resource.path);
    ensure(ctx.actor, 'create', contentResource(meta), 'meeting notes');
    // A group meeting's record is kept by its mentor; a one-to-one's by either of its pair.
    if (pairOf(m).length === 0) ensure(ctx.actor, 'update', resource, 'meeting');
    const row = {
      ...(await created(ctx, m.id)),
      ...columnsOf(meta),
      meetingId: m.id,
      agenda: null,
      notes: null,
      outcomes: null,
      goalIds: '[]',
      ...text,
    };
    await ctx.trx.insertInto('meetingNotes').values(row).execute();
    return notesRowToRecord(row);
  },

  'meeting.attachArtefact': async (ctx, input) => {
    let meta: ContentMeta;
    if (input.meetingId) {
      const { row: m, resource } = await loadMeeting(ctx, input.meetingId);
      ensure(ctx.actor, 'read', resource, 'meeting');
      assertKeepsContent(ctx, m);
      meta = contentOfMeeting(m, ctx.actor.personId, resource.path);
    } else {
      const group = await findGroup(ctx.trx, input.groupId as string);
      // Joint work of a goal is made inside the group: outsiders learn nothing of its members.
      if (!group || !ctx.actor.groups.some((g) => g.groupId === group.id))
        throw new AppError('not_found', 'Group not found');
      const owner = input.ownerPersonId as string;
      const partner = owner === ctx.actor.personId ? null : ctx.actor.personId;
      meta = {
        kind: 'meeting_note',
        programId: group.programId,
        path: group.path,
        groupId: group.id,
        ownerPersonId: owner,
        partnerPersonId: partner,
        authorPersonId: ctx.actor.personId,
        visibility: 'pair',
      };
      await assertPair(ctx, group.id, owner, partner);
    }
    ensure(ctx.actor, 'create', contentResource(meta), 'artefact');
    await assertReadableGoals(ctx, 'goalId', input.goalId ? [input.goalId] : []);
    if (input.uploadId) await linkUpload(ctx.trx, ctx.actor, input.uploadId, ctx.now);
    const row = {
      ...(await created(ctx, input.id)),
      ...columnsOf(meta),
      meetingId: input.meetingId,
      goalId: input.goalId,
      kind: input.kind,
      title: input.title,
      url: input.url,
      uploadId: input.uploadId,
    };
    await ctx.trx.insertInto('meetingArtefacts').values(row).execute();
    return artefactRowToRecord(row);
  },

  'meeting.removeArtefact': async (ctx, input) => {
    const a = await ctx.trx
      .selectFrom('meetingArtefacts')
      .selectAll()
      .where('id', '=', input.id)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!a) throw new AppError('not_found', 'Artefact not found');
    ensure(ctx.actor, 'delete', await contentResourceOf(ctx.trx, 'meetingArtefacts', 'meeting_note', a), 'artefact');
    await ctx.trx
      .updateTable('meetingArtefacts')
      .set({ deletedAt: ctx.now, ...(await touched(ctx)) })
      .where('id', '=', a.id)
      .execute();
    return null;
  },
};
