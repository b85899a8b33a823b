import { z } from 'zod';
import { GroupKind, MemberRole } from '../model/group';
import { OrgUnitKind } from '../model/org-unit';
import { Gender } from '../model/person';
import { Locale, ProgramModel } from '../model/program';
import { AssignableRole } from '../model/roles';

/**
 * The shapes of the API's answers: the server attaches them to its routes (OpenAPI document and a
 * check of every answer in every test), the web app imports the inferred types. Objects are loose:
 * an answer may carry more than documented, never less or of another type.
 */
const obj = z.looseObject;
const sync = { createdAt: z.string(), updatedAt: z.string(), deletedAt: z.string().nullable(), version: z.number() };

export const ErrorResponse = obj({
  error: obj({
    code: z.string(),
    message: z.string(),
    details: z.array(
      obj({
        path: z.string().optional(),
        line: z.number().optional(),
        column: z.string().optional(),
        message: z.string(),
      }),
    ),
  }),
}).meta({ id: 'Error' });

export const ProgramOut = obj({
  id: z.string(),
  name: z.string(),
  model: ProgramModel,
  levelNames: z.array(z.string()),
  locales: z.array(Locale),
  settings: obj({
    clusterMeetingDaysPerMonth: z.number(),
    maxMenteesPerMentor: z.number(),
    maxClustersPerMentor: z.number().optional(),
    maxVisitsPerMonth: z.number().optional(),
    weekendDays: z.array(z.number()).optional(),
    holidays: z.array(obj({ date: z.string(), name: z.string() })).optional(),
    timeZone: z.string().optional(),
    needAreas: z.array(obj({ key: z.string(), label: obj({ en: z.string() }) })).optional(),
  }),
  rootOrgUnitId: z.string().nullable(),
}).meta({ id: 'Program' });

export const OrgUnitOut = obj({
  id: z.string(),
  programId: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: OrgUnitKind,
  emisCode: z.string().nullable(),
  path: z.string(),
  ...sync,
}).meta({ id: 'OrgUnit' });

/** A unit in a list of children, with how many children it has in turn. */
export const OrgUnitWithCountOut = OrgUnitOut.extend({ childCount: z.number() });

export const OrgUnitDetailOut = obj({
  unit: OrgUnitOut,
  ancestors: z.array(OrgUnitOut),
  childCount: z.number(),
  personCount: z.number(),
});

const counts = <K extends string>(keys: readonly K[]) =>
  obj(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<K, z.ZodNumber>);
const genders = counts(['female', 'male', 'other', 'unknown']);
const bands = counts(['0-3', '4-8', '9-13', '14+', 'unknown']);
export const OrgUnitStatsOut = obj({
  orgUnitId: z.string(),
  teachers: z.number(),
  mentors: z.number(),
  teachersByGender: genders,
  mentorsByGender: genders,
  teachersByExperience: bands,
  mentorsByExperience: bands,
  groups: z.number(),
}).meta({ id: 'OrgUnitStats' });

export const PersonOut = obj({
  id: z.string(),
  programId: z.string(),
  fullName: z.string(),
  gender: Gender.nullable(),
  subjects: z.array(z.string()),
  grades: z.array(z.string()),
  yearsExperience: z.number().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  schoolId: z.string().nullable(),
  emisId: z.string().nullable(),
  ...sync,
}).meta({ id: 'Person' });

export const RoleAssignmentOut = obj({
  id: z.string(),
  personId: z.string().optional(),
  role: AssignableRole,
  programId: z.string(),
  orgUnitId: z.string(),
}).meta({ id: 'RoleAssignment' });

export const PersonDetailOut = obj({
  person: PersonOut,
  school: obj({ id: z.string(), name: z.string() }).nullable(),
  roles: z.array(RoleAssignmentOut.extend({ orgUnitName: z.string() })),
  groups: z.array(
    obj({
      id: z.string(),
      groupId: z.string(),
      groupName: z.string(),
      role: MemberRole,
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  account: obj({
    userId: z.string(),
    login: z.string().nullable(),
    hasPassword: z.boolean(),
    disabled: z.boolean(),
  }).nullable(),
  may: obj({
    update: z.boolean(),
    updateRecord: z.boolean(),
    delete: z.boolean(),
    // False: `account` is null because the caller may not see it, not because there is no login.
    readAccount: z.boolean(),
    manageAccount: z.boolean(),
  }),
});

export const GroupOut = obj({
  id: z.string(),
  programId: z.string(),
  kind: GroupKind,
  name: z.string(),
  orgUnitId: z.string(),
  ...sync,
}).meta({ id: 'Group' });

export const GroupMemberOut = obj({
  id: z.string(),
  groupId: z.string(),
  personId: z.string(),
  role: MemberRole,
  startDate: z.string(),
  endDate: z.string().nullable(),
  ...sync,
}).meta({ id: 'GroupMember' });

export const GroupListItemOut = GroupOut.extend({
  orgUnitName: z.string(),
  mentorNames: z.array(z.string()),
  menteeCount: z.number(),
});

export const GroupDetailOut = obj({
  group: GroupOut,
  orgUnit: obj({ id: z.string(), name: z.string() }),
  members: z.array(
    obj({
      id: z.string(),
      personId: z.string(),
      fullName: z.string(),
      role: MemberRole,
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  may: obj({ update: z.boolean(), delete: z.boolean() }),
});

export const MeOut = obj({
  userId: z.string(),
  personId: z.string(),
  fullName: z.string(),
  locale: Locale,
  systemAdmin: z.boolean(),
  csrfToken: z.string(),
  roles: z.array(
    obj({
      id: z.string(),
      role: AssignableRole,
      programId: z.string(),
      programName: z.string(),
      orgUnitId: z.string(),
      orgUnitName: z.string(),
      orgUnitKind: OrgUnitKind,
      /** The unit's materialised path: the role's scope, as the policy reads it (`Actor.assignments`). */
      path: z.string(),
    }),
  ),
  /** Current group memberships (`Actor.groups`). */
  groups: z.array(obj({ groupId: z.string(), role: MemberRole })),
}).meta({ id: 'Me' });

export const ImportReportOut = obj({
  mode: z.enum(['preview', 'commit']),
  kind: z.enum(['schools', 'teachers']),
  ok: z.boolean(),
  rows: z.number(),
  created: z.number(),
  errors: z.array(obj({ line: z.number().optional(), column: z.string().optional(), message: z.string() })),
  preview: z.array(obj({})),
}).meta({ id: 'ImportReport' });

export const UploadOut = obj({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  offset: z.number(),
  complete: z.boolean(),
}).meta({ id: 'Upload' });

const mutationError = obj({ code: z.string(), message: z.string(), details: z.array(obj({ message: z.string() })) });
export const PushResponseOut = obj({
  lastMutationId: z.number(),
  results: z.array(
    obj({ id: z.number(), status: z.enum(['applied', 'rejected', 'skipped']), error: mutationError.optional() }),
  ),
  clockSkewSeconds: z.number().optional(),
}).meta({ id: 'PushResponse' });

export const PullResponseOut = obj({
  cursor: z.number(),
  lastMutationId: z.number(),
  reset: z.boolean(),
  more: z.boolean(),
  changes: z.array(obj({ t: z.string(), id: z.string(), v: z.number(), d: obj({}).optional() })),
  rejected: z.array(obj({ id: z.number(), name: z.string(), args: z.unknown(), error: mutationError })),
  clockSkewSeconds: z.number().optional(),
}).meta({ id: 'PullResponse' });

export const HealthOut = obj({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']), version: z.string() });

export const listOf = <T extends z.ZodType>(item: T) => obj({ items: z.array(item), total: z.number() });
export const itemsOf = <T extends z.ZodType>(item: T) => obj({ items: z.array(item) });

// The answers' types, inferred from the schemas above: the web app imports them with `import type`
// (through `@mentora/core/types`), so they cannot drift from what the server sends and add no zod.
/**
 * A schema's answer as the client reads it: the documented fields only. The schemas are loose so
 * the server may send more; the index signature that adds (`[k: string]: unknown`) is dropped here.
 */
export type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
export type Answer<S extends z.ZodType> = Known<z.output<S>>;

export type ListAnswer<T> = { items: T[]; total: number };
export type MeResponse = Answer<typeof MeOut>;
export type MeRole = MeResponse['roles'][number];
export type OrgUnitWithCount = Answer<typeof OrgUnitWithCountOut>;
export type OrgUnitDetailResponse = Answer<typeof OrgUnitDetailOut>;
export type OrgUnitStatsResponse = Answer<typeof OrgUnitStatsOut>;
export type GenderCounts = OrgUnitStatsResponse['teachersByGender'];
export type ExperienceCounts = OrgUnitStatsResponse['teachersByExperience'];
export type PersonDetailResponse = Answer<typeof PersonDetailOut>;
export type GroupListItemResponse = Answer<typeof GroupListItemOut>;
export type GroupDetailResponse = Answer<typeof GroupDetailOut>;
export type GroupMemberRow = GroupDetailResponse['members'][number];
export type ImportReportResponse = Answer<typeof ImportReportOut>;
export type ImportKind = ImportReportResponse['kind'];
export type UploadResponse = Answer<typeof UploadOut>;
