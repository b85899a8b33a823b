import { z } from 'zod';
import { VisitStatus } from '../model/visit';
import type { Answer } from './responses';

// The visits and workload areas' answers (conventions in responses.ts: loose objects).
const obj = z.looseObject;
const sync = { createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable(), version: z.number() };

/** A visit's metadata (the mentor and the visited school's head teacher read it). */
export const VisitOut = obj({
  id: z.string(),
  programId: z.string(),
  groupId: z.string(),
  schoolUnitId: z.string(),
  mentorPersonId: z.string(),
  plannedFor: z.string(),
  status: VisitStatus,
  doneAt: z.string().nullable(),
  concernIds: z.array(z.string()),
  teacherPersonIds: z.array(z.string()),
  observationId: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByPersonId: z.string().nullable(),
  ...sync,
}).meta({ id: 'Visit' });

/** The support given at a visit: the mentor's own note (content). */
export const VisitNoteOut = obj({ id: z.string(), visitId: z.string(), supportGiven: z.string(), ...sync }).meta({
  id: 'VisitNote',
});

/** The head teacher's acknowledgement with their comment. */
export const VisitAcknowledgementOut = obj({
  id: z.string(),
  visitId: z.string(),
  headPersonId: z.string(),
  comment: z.string().nullable(),
  acknowledgedAt: z.string(),
  ...sync,
}).meta({ id: 'VisitAcknowledgement' });

/** `visit.record`'s answer: the visit and its note. */
export const RecordedVisitOut = obj({ visit: VisitOut, note: VisitNoteOut }).meta({ id: 'RecordedVisit' });
/** `visit.acknowledge`'s answer. */
export const AcknowledgedVisitOut = obj({ visit: VisitOut, acknowledgement: VisitAcknowledgementOut }).meta({
  id: 'AcknowledgedVisit',
});

const Counts = {
  planned: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  acknowledged: z.number().int(),
};
/** Visit counts of a unit's subtree, by visited school: figures only, no names of teachers, no notes. */
export const VisitCountsOut = obj({
  unitId: z.string(),
  asOf: z.string(),
  ...Counts,
  schools: z.array(obj({ unitId: z.string(), name: z.string(), ...Counts })),
}).meta({ id: 'VisitCounts' });

/** One mentor's workload in one month (`YYYY-MM`); `concernsOpen`: their clusters' concerns open at its end. */
export const MentorWorkloadOut = obj({
  mentorPersonId: z.string(),
  fullName: z.string(),
  month: z.string(),
  clusters: z.number().int(),
  teachers: z.number().int(),
  meetingDays: z.number().int(),
  visitsPlanned: z.number().int(),
  visitsDone: z.number().int(),
  visitsOverdue: z.number().int(),
  concernsOpen: z.number().int(),
  over: obj({ clusters: z.boolean(), teachers: z.boolean(), visits: z.boolean() }),
}).meta({ id: 'MentorWorkload' });

/** The program's mentors' team in one month, with its limits. */
export const TeamWorkloadOut = obj({
  programId: z.string(),
  month: z.string(),
  limits: obj({ maxClustersPerMentor: z.number(), maxMenteesPerMentor: z.number(), maxVisitsPerMonth: z.number() }),
  mentors: z.array(MentorWorkloadOut),
}).meta({ id: 'TeamWorkload' });

export type VisitCountsResponse = Answer<typeof VisitCountsOut>;
export type MentorWorkloadResponse = Answer<typeof MentorWorkloadOut>;
export type TeamWorkloadResponse = Answer<typeof TeamWorkloadOut>;
