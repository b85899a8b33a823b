import { z } from 'zod';
import { CONCERN_STATES } from '../model/concern-lifecycle';
import type { Answer } from './responses';

// The concerns area's answers (see responses.ts for the conventions: loose objects).
const obj = z.looseObject;
const sync = { createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable(), version: z.number() };
const State = z.enum(CONCERN_STATES);

/** A concern's metadata: it never names its raiser. */
export const ConcernOut = obj({
  id: z.string(),
  programId: z.string(),
  groupId: z.string(),
  category: z.string(),
  subject: z.string().nullable(),
  grade: z.string().nullable(),
  state: State,
  meetingId: z.string().nullable(),
  agendaPosition: z.number().nullable(),
  mergedIntoId: z.string().nullable(),
  sharedWithCluster: z.boolean(),
  showRaiserName: z.boolean(),
  raisedAt: z.string(),
  discussedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  followUpSchoolUnitId: z.string().nullable(),
  followUpBy: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  followedUpVisitId: z.string().nullable(),
  reopenedCount: z.number(),
  resolutionDays: z.number().nullable(),
  ...sync,
}).meta({ id: 'Concern' });

/**
 * A concern as its reader sees it: with its text, whether the reader raised it, and its raisers'
 * names only when the reader may know them (the raiser, the mentor, or the raiser chose to show it).
 */
export const ConcernViewOut = ConcernOut.extend({
  description: z.string(),
  resolution: z.string().nullable(),
  raisedByMe: z.boolean(),
  raisers: z.array(obj({ personId: z.string(), fullName: z.string() })),
  overdue: z.boolean(),
}).meta({ id: 'ConcernView' });

/** The concern figures of an org unit's subtree (issue 9: counts, states, days — no text, no names). */
export const ConcernStatsOut = obj({
  unitId: z.string(),
  total: z.number(),
  open: z.number(),
  byState: z.record(State, z.number()),
  overdueFollowUps: z.number(),
  resolvedCount: z.number(),
  medianDaysToResolution: z.number().nullable(),
  meanDaysToResolution: z.number().nullable(),
}).meta({ id: 'ConcernStats' });

export type ConcernStatsResponse = Answer<typeof ConcernStatsOut>;
export type ConcernViewResponse = Answer<typeof ConcernViewOut>;
