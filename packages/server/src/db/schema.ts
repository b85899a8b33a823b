import type { Insertable, Selectable, Updateable } from 'kysely';

/** Columns of every syncable row: UUIDv7 id, UTC ISO timestamps, tombstone, server version. */
export interface SyncColumns {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** One row the health check rewrites to prove the database can write (migration 0005). */
export interface HealthProbeTable {
  id: number;
  checkedAt: string;
}

export interface ServerClockTable {
  id: number;
  version: number;
}

export interface ProgramsTable extends SyncColumns {
  name: string;
  model: string;
  levelNames: string; // JSON array
  locales: string; // JSON array
  settings: string; // JSON object
  rootOrgUnitId: string | null;
}

export interface OrgUnitsTable extends SyncColumns {
  programId: string;
  parentId: string | null;
  name: string;
  kind: string;
  emisCode: string | null;
  path: string;
}

export interface PersonsTable extends SyncColumns {
  programId: string;
  fullName: string;
  gender: string | null;
  subjects: string; // JSON array
  grades: string; // JSON array
  yearsExperience: number | null;
  phone: string | null;
  email: string | null;
  schoolId: string | null;
  emisId: string | null;
  /** core `searchKey` of the name and EMIS id (issue 10, kind 3); never sent to clients. */
  searchKey: string;
}

export interface UsersTable {
  id: string;
  personId: string;
  loginPhone: string | null;
  loginEmail: string | null;
  passwordHash: string | null;
  locale: string;
  isSystemAdmin: number;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OneTimeCodesTable {
  id: string;
  userId: string;
  purpose: string;
  codeHash: string;
  expiresAt: string;
  usedAt: string | null;
  createdByUserId: string | null;
  createdAt: string;
}

export interface SessionsTable {
  id: string; // sha256 of the cookie token: a leaked table does not leak sessions
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  lockedUntil: string | null;
  updatedAt: string;
}

export interface TrustedDevicesTable {
  id: string; // sha256 of the device cookie's token
  userId: string;
  failures: number; // wrong passwords from this device since its last success
  createdAt: string;
  expiresAt: string;
}

export interface RoleAssignmentsTable extends SyncColumns {
  personId: string;
  role: string;
  programId: string;
  orgUnitId: string;
}

export interface GroupsTable extends SyncColumns {
  programId: string;
  kind: string;
  name: string;
  orgUnitId: string;
  /** core `searchKey` of the name (issue 10, kind 3); never sent to clients. */
  searchKey: string;
}

export interface GroupMembersTable extends SyncColumns {
  groupId: string;
  personId: string;
  role: string;
  startDate: string;
  endDate: string | null;
}

export interface AuditEventsTable {
  id: string;
  at: string;
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  details: string; // JSON
}

export interface SyncClientsTable {
  id: string;
  userId: string;
  lastMutationId: number;
  scopeKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SyncMutationsTable {
  clientId: string;
  mutationId: number;
  name: string;
  args: string; // JSON
  status: string;
  error: string | null; // JSON
  version: number;
  processedAt: string;
}

export interface ConflictCopiesTable extends SyncColumns {
  tableName: string;
  recordId: string;
  field: string;
  keptText: string;
  winningText: string;
  clientId: string;
  mutationId: number;
  userId: string;
}

export interface UploadsTable {
  id: string;
  ownerUserId: string;
  filename: string;
  contentType: string;
  size: number;
  received: number;
  createdAt: string;
  completedAt: string | null;
  /** When a record first used the upload; null uploads are removed after UNLINKED_UPLOAD_DAYS. */
  linkedAt: string | null;
}

export interface UploadChunksTable {
  uploadId: string;
  offset: number;
  data: Uint8Array;
}

export interface Database {
  serverClock: ServerClockTable;
  programs: ProgramsTable;
  orgUnits: OrgUnitsTable;
  persons: PersonsTable;
  users: UsersTable;
  oneTimeCodes: OneTimeCodesTable;
  sessions: SessionsTable;
  loginThrottle: LoginThrottleTable;
  trustedDevices: TrustedDevicesTable;
  roleAssignments: RoleAssignmentsTable;
  groups: GroupsTable;
  groupMembers: GroupMembersTable;
  auditEvents: AuditEventsTable;
  syncClients: SyncClientsTable;
  syncMutations: SyncMutationsTable;
  conflictCopies: ConflictCopiesTable;
  uploads: UploadsTable;
  uploadChunks: UploadChunksTable;
  healthProbe: HealthProbeTable;
}

export type ProgramRow = Selectable<ProgramsTable>;
export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type PersonRow = Selectable<PersonsTable>;
export type NewPersonRow = Insertable<PersonsTable>;
export type PersonUpdate = Updateable<PersonsTable>;
export type UserRow = Selectable<UsersTable>;
export type GroupRow = Selectable<GroupsTable>;
export type GroupMemberRow = Selectable<GroupMembersTable>;
export type RoleAssignmentRow = Selectable<RoleAssignmentsTable>;
