import {
  AppError,
  addDays,
  calendarOf,
  dayContactHours,
  localDateTime,
  MAX_MEETING_DAYS,
  type MeetingKind,
  meetingDays,
  type RecordDayAttendance,
  type ScheduleClusterMeetings,
} from '@mentora/core';
import { newId, today } from '../../clock';
import { type CommandContext, created, ensure, touched } from '../../commands/context';
import { currentMembership } from '../../db/current-membership';
import { parseJsonObject } from '../../db/json';
import { assertNoFeedbackYet } from '../feedback/release';
import { findGroup } from '../groups/queries';
import { attendanceRowToRecord, dayAttendanceRowToRecord, findMeeting, meetingRowToMeeting, pairOf } from './queries';
import type { MeetingRow } from './schema';

// Issue 9 (ADR 0024): cluster meetings over several days, and attendance day by day.

/** The program's calendar settings (defaults for programs made before issue 9). */
export async function programCalendar(ctx: Pick<CommandContext, 'trx'>, programId: string) {
  const p = await ctx.trx.selectFrom('programs').select('settings').where('id', '=', programId).executeTakeFirst();
  return calendarOf(p ? parseJsonObject(p.settings) : null);
}

/**
 * The meeting kinds a group holds: a cluster group's whole-group meetings are cluster meetings, and
 * only a cluster group has them. Errors: `validation_failed` on `kind`.
 */
export function assertKindFits(groupKind: string, kind: MeetingKind): void {
  const cluster = groupKind === 'cluster';
  if (kind === 'one_to_one' || (kind === 'cluster_meeting') === cluster) return;
  throw new AppError('validation_failed', 'The meeting kind does not fit the group', [
    {
      path: 'kind',
      message: cluster ? 'a cluster group meets in cluster meetings' : 'only a cluster group holds cluster meetings',
    },
  ]);
}

/**
 * `endsOn` on or after the meeting's first local day and within MAX_MEETING_DAYS days of it, and
 * only for a cluster meeting. `path`: where the error points. Errors: `validation_failed`.
 */
export function assertSpan(
  m: { kind: string; scheduledFor: string; endsOn: string | null },
  timeZone: string,
  path: string,
): void {
  if (!m.endsOn) return;
  const first = localDateTime(m.scheduledFor, timeZone).date;
  const message =
    m.kind !== 'cluster_meeting'
      ? 'only a cluster meeting spans several days'
      : m.endsOn < first || m.endsOn > addDays(first, MAX_MEETING_DAYS - 1)
        ? `must be from ${first} to ${addDays(first, MAX_MEETING_DAYS - 1)}`
        : null;
  if (message) throw new AppError('validation_failed', 'The meeting’s days do not fit', [{ path, message }]);
}

/** `meeting.scheduleCluster`: a cluster's proposed meetings accepted at once (all or none). */
export async function scheduleClusterMeetings(ctx: CommandContext, input: ScheduleClusterMeetings) {
  const group = await findGroup(ctx.trx, input.id);
  if (!group) throw new AppError('not_found', 'Group not found');
  ensure(
    ctx.actor,
    'create',
    { type: 'meeting', programId: group.programId, path: group.path, groupId: group.id, pairPersonIds: [] },
    'meeting',
  );
  assertKindFits(group.kind, 'cluster_meeting');
  const { timeZone } = await programCalendar(ctx, group.programId);
  input.meetings.forEach((m, i) => {
    assertSpan({ ...m, kind: 'cluster_meeting' }, timeZone, `meetings.${i}.endsOn`);
  });
  const out = [];
  for (const m of input.meetings) {
    const row = {
      ...(await created(ctx, m.id)),
      programId: group.programId,
      groupId: group.id,
      kind: 'cluster_meeting',
      title: m.title,
      scheduledFor: m.scheduledFor,
      durationMinutes: m.durationMinutes,
      endsOn: m.endsOn,
      status: 'scheduled',
      heldAt: null,
      createdByPersonId: ctx.actor.personId,
      menteePersonId: null,
    };
    await ctx.trx.insertInto('meetings').values(row).execute();
    out.push(meetingRowToMeeting(row));
  }
  return out;
}

/**
 * Each person's meeting total (`meetingAttendance`) as the sum of their days: present on any day,
 * hours added up. `personIds`: whom to recompute (all with day rows when omitted).
 */
export async function resumTotals(ctx: CommandContext, m: MeetingRow, personIds?: readonly string[]) {
  const days = await ctx.trx
    .selectFrom('meetingDayAttendance')
    .selectAll()
    .where('meetingId', '=', m.id)
    .where('deletedAt', 'is', null)
    .execute();
  const existing = await ctx.trx.selectFrom('meetingAttendance').selectAll().where('meetingId', '=', m.id).execute();
  const who = personIds ?? [...new Set(days.map((d) => d.personId))];
  const stamp = await touched(ctx);
  const rows = who.map((personId) => {
    const mine = days.filter((d) => d.personId === personId);
    const row = existing.find((r) => r.personId === personId);
    return {
      id: row?.id ?? newId(),
      createdAt: row?.createdAt ?? ctx.now,
      deletedAt: null,
      ...stamp,
      meetingId: m.id,
      groupId: m.groupId,
      personId,
      present: mine.some((d) => Number(d.present) === 1) ? 1 : 0,
      hours: Math.round(mine.reduce((s, d) => s + Number(d.hours), 0) * 100) / 100,
    };
  });
  // One statement for the whole list (a cluster of 40): inserts and corrections alike.
  if (rows.length)
    await ctx.trx
      .insertInto('meetingAttendance')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['meetingId', 'personId']).doUpdateSet((eb) => ({
          present: eb.ref('excluded.present'),
          hours: eb.ref('excluded.hours'),
          deletedAt: null,
          updatedAt: eb.ref('excluded.updatedAt'),
          version: eb.ref('excluded.version'),
        })),
      )
      .execute();
  return rows.map(attendanceRowToRecord);
}

/**
 * After a meeting's start, duration or days change: each recorded day's hours again from its
 * arrival/leaving times, and the totals. Errors: `conflict` when attendance was taken on a day the
 * meeting no longer has (the mentor clears it first).
 */
export async function recomputeDays(ctx: CommandContext, m: MeetingRow) {
  const days = await ctx.trx
    .selectFrom('meetingDayAttendance')
    .selectAll()
    .where('meetingId', '=', m.id)
    .where('deletedAt', 'is', null)
    .execute();
  if (days.length === 0) return;
  const { timeZone } = await programCalendar(ctx, m.programId);
  const valid = new Set(meetingDays(m, timeZone));
  const lost = [...new Set(days.filter((d) => !valid.has(d.day)).map((d) => d.day))];
  if (lost.length)
    throw new AppError('conflict', 'Attendance was taken on a day the meeting would no longer have', [
      { path: 'endsOn', message: `attendance recorded on ${lost.join(', ')}` },
    ]);
  const start = localDateTime(m.scheduledFor, timeZone).time;
  for (const d of days) {
    const hours =
      dayContactHours({ ...d, start, durationMinutes: Number(m.durationMinutes), present: Number(d.present) === 1 }) ??
      0;
    if (hours !== Number(d.hours))
      await ctx.trx
        .updateTable('meetingDayAttendance')
        .set({ hours, ...(await touched(ctx)) })
        .where('id', '=', d.id)
        .execute();
  }
  await resumTotals(ctx, m);
}

/**
 * `meeting.recordDayAttendance`: one day of a meeting, the list saved at once. Hours come from the
 * day's session (the meeting's local start time, `durationMinutes` a day) cut by a late arrival or
 * early leave. Errors: `not_found`, `forbidden` (not the meeting's mentor), `conflict` (cancelled),
 * `validation_failed` (`day` not one of the meeting's days; someone not a current member).
 */
export async function recordDayAttendance(ctx: CommandContext, input: RecordDayAttendance) {
  const found = await findMeeting(ctx.trx, input.id);
  if (!found) throw new AppError('not_found', 'Meeting not found');
  const { row: m, resource } = found;
  ensure(ctx.actor, 'update', resource, 'meeting');
  if (m.status === 'cancelled') throw new AppError('conflict', 'A cancelled meeting cannot take attendance');
  await assertNoFeedbackYet(ctx.trx, m.id);
  const { timeZone } = await programCalendar(ctx, m.programId);
  const days = meetingDays(m, timeZone);
  const start = localDateTime(m.scheduledFor, timeZone).time;
  const members = await ctx.trx
    .selectFrom('groupMembers')
    .select('personId')
    .where('groupId', '=', m.groupId)
    .where(currentMembership(today(ctx.clock)))
    .execute();
  const memberIds = new Set(members.map((r) => r.personId));
  const pair = pairOf(m);
  const details = [
    ...(days.includes(input.day) ? [] : [{ path: 'day', message: `not a day of this meeting (${days.join(', ')})` }]),
    ...input.entries.flatMap((e, i) =>
      memberIds.has(e.personId) && (pair.length === 0 || pair.includes(e.personId))
        ? []
        : [{ path: `entries.${i}.personId`, message: 'not a current member of this meeting’s group (or pair)' }],
    ),
  ];
  if (details.length) throw new AppError('validation_failed', 'The attendance does not fit this meeting', details);
  const existing = await ctx.trx
    .selectFrom('meetingDayAttendance')
    .selectAll()
    .where('meetingId', '=', m.id)
    .where('day', '=', input.day)
    .execute();
  const stamp = await touched(ctx);
  const rows = input.entries.map((e) => {
    const row = existing.find((r) => r.personId === e.personId);
    return {
      id: row?.id ?? newId(),
      createdAt: row?.createdAt ?? ctx.now,
      deletedAt: null,
      ...stamp,
      meetingId: m.id,
      groupId: m.groupId,
      personId: e.personId,
      day: input.day,
      present: e.present ? 1 : 0,
      arrivedAt: e.arrivedAt,
      leftAt: e.leftAt,
      hours: dayContactHours({ start, durationMinutes: Number(m.durationMinutes), ...e }) ?? 0,
    };
  });
  // One statement for the day's list, whether first taken or corrected.
  await ctx.trx
    .insertInto('meetingDayAttendance')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['meetingId', 'day', 'personId']).doUpdateSet((eb) => ({
        present: eb.ref('excluded.present'),
        arrivedAt: eb.ref('excluded.arrivedAt'),
        leftAt: eb.ref('excluded.leftAt'),
        hours: eb.ref('excluded.hours'),
        deletedAt: null,
        updatedAt: eb.ref('excluded.updatedAt'),
        version: eb.ref('excluded.version'),
      })),
    )
    .execute();
  const out = rows.map(dayAttendanceRowToRecord);
  const totals = await resumTotals(
    ctx,
    m,
    input.entries.map((e) => e.personId),
  );
  return { days: out, totals };
}
