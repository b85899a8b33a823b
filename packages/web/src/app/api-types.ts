/**
 * Shapes of the HTTP answers (docs/api.md). Domain records come from @mentora/core as types only,
 * so no validation code (zod) reaches the browser bundle.
 */
import type {
  AssignableRole,
  ErrorDetail,
  Gender,
  Group,
  GroupKind,
  Locale,
  MemberRole,
  OrgUnit,
  OrgUnitKind,
  Person,
  Program,
  RoleAssignment,
} from '@mentora/core';

export type {
  AssignableRole,
  ErrorDetail,
  Gender,
  Group,
  GroupKind,
  Locale,
  MemberRole,
  OrgUnit,
  OrgUnitKind,
  Person,
  Program,
  RoleAssignment,
};

export interface MeRole {
  id: string;
  role: AssignableRole;
  programId: string;
  programName: string;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitKind: OrgUnitKind;
  /** The unit's materialised path: the role's scope for the policy (core actorFromMe). */
  path: string;
}

export interface Me {
  userId: string;
  personId: string;
  fullName: string;
  locale: Locale;
  systemAdmin: boolean;
  csrfToken: string;
  roles: MeRole[];
  groups: { groupId: string; role: MemberRole }[];
}

export interface ListAnswer<T> {
  items: T[];
  total: number;
}

export type OrgUnitWithCount = OrgUnit & { childCount: number };

export interface OrgUnitDetail {
  unit: OrgUnit;
  ancestors: OrgUnit[];
  childCount: number;
  personCount: number;
}

export type ExperienceBand = '0-3' | '4-8' | '9-13' | '14+' | 'unknown';
export type GenderCounts = Record<Gender | 'unknown', number>;
export type ExperienceCounts = Record<ExperienceBand, number>;

export interface OrgUnitStats {
  orgUnitId: string;
  teachers: number;
  mentors: number;
  teachersByGender: GenderCounts;
  mentorsByGender: GenderCounts;
  teachersByExperience: ExperienceCounts;
  mentorsByExperience: ExperienceCounts;
  groups: number;
}

export interface PersonDetail {
  person: Person;
  school: { id: string; name: string } | null;
  roles: RoleAssignment[];
  groups: { groupId: string; groupName: string; role: MemberRole; startDate: string; endDate: string | null }[];
  account: { userId: string; login: string; hasPassword: boolean; disabled: boolean } | null;
  /** What the viewer may do, answered by the server's policy with facts this device may not hold. */
  may: { update: boolean; updateRecord: boolean; delete: boolean; manageAccount: boolean };
}

export type GroupListItem = Group & { mentorNames: string[]; menteeCount: number };

export interface GroupMemberRow {
  id: string;
  personId: string;
  fullName: string;
  role: MemberRole;
  startDate: string;
  endDate: string | null;
}

export interface GroupDetail {
  group: Group;
  orgUnit: { id: string; name: string };
  members: GroupMemberRow[];
  may: { update: boolean; delete: boolean };
}

export type ImportKind = 'schools' | 'teachers';

export interface ImportReport {
  mode: 'preview' | 'commit';
  kind: ImportKind;
  ok: boolean;
  rows: number;
  created: number;
  /** `line`/`column` are absent on a summary entry such as "… and 12 more". */
  errors: { line?: number; column?: string; message: string }[];
  preview: Record<string, unknown>[];
}
