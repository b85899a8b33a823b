import {
  type AssignableRole,
  canonicalPhone,
  childPath,
  type Gender,
  type GroupKind,
  type Locale,
  type MemberRole,
  type OrgUnitKind,
  type ProgramInput,
} from '@mentora/core';
import type { Insertable } from 'kysely';
import type { z } from 'zod';
import type {
  GroupMembersTable,
  GroupsTable,
  OrgUnitsTable,
  PersonsTable,
  ProgramsTable,
  RoleAssignmentsTable,
  UsersTable,
} from '../db/schema';
import { groupSearchKey, personSearchKey } from '../modules/persons/search';
import { type DemoLogin, isEmailLogin } from './logins';

export interface DemoSummary {
  programs: number;
  orgUnits: number;
  persons: number;
  users: number;
  groups: number;
}

/** One timestamp and one server version for the whole seed: it is a single change. */
export interface Stamp {
  now: string;
  version: number;
}

export interface UnitRef {
  id: string;
  path: string;
}

export interface PersonSpec {
  fullName: string;
  gender: Gender;
  subjects: readonly string[];
  grades: readonly string[];
  yearsExperience: number | null;
  phone: string | null;
  email?: string | null;
  schoolId: string | null;
  emisId: string | null;
}

/** The person of a demo login: the login's name, and its email or phone as contact. */
export function asLoginPerson(spec: PersonSpec, login: DemoLogin, gender = spec.gender): PersonSpec {
  return isEmailLogin(login.login)
    ? { ...spec, fullName: login.name, gender, email: login.login }
    : { ...spec, fullName: login.name, gender, phone: login.login };
}

/** Numbered values (phones, EMIS ids) that never repeat within a program. */
export function sequence(format: (n: number) => string): () => string {
  let n = 0;
  return () => format(++n);
}

/**
 * Rows of the demo, built in memory in insertion order (parents before children) without I/O,
 * so the seed can write them in one transaction.
 */
export class DemoData {
  readonly programs: Insertable<ProgramsTable>[] = [];
  readonly orgUnits: Insertable<OrgUnitsTable>[] = [];
  readonly persons: Insertable<PersonsTable>[] = [];
  readonly users: Insertable<UsersTable>[] = [];
  readonly roleAssignments: Insertable<RoleAssignmentsTable>[] = [];
  readonly groups: Insertable<GroupsTable>[] = [];
  readonly groupMembers: Insertable<GroupMembersTable>[] = [];

  constructor(
    private readonly newId: () => string,
    private readonly stamp: Stamp,
    private readonly passwordHash: string,
  ) {}

  /** Each program's phone country (settings.country), for storing its phones in E.164. */
  private readonly countries = new Map<string, string | null>();

  /** A demo phone in E.164 (issue 10, kind 1); a demo phone that does not parse is a bug in the demo. */
  private phoneOf(programId: string, raw: string): string {
    const r = canonicalPhone(raw, this.countries.get(programId) ?? null);
    if (!r.ok) throw new Error(`demo phone ${raw}: ${r.message}`);
    return r.e164;
  }

  private syncColumns() {
    const { now, version } = this.stamp;
    return { id: this.newId(), createdAt: now, updatedAt: now, deletedAt: null, version };
  }

  /** Settings left out take their defaults when read (core `ProgramSettings`). */
  program(input: z.input<typeof ProgramInput>): string {
    const row = {
      ...this.syncColumns(),
      name: input.name,
      model: input.model,
      levelNames: JSON.stringify(input.levelNames),
      locales: JSON.stringify(input.locales),
      settings: JSON.stringify(input.settings),
      rootOrgUnitId: null,
    };
    this.programs.push(row);
    this.countries.set(row.id, input.settings.country ?? null);
    return row.id;
  }

  /** A unit without a parent is the program's root. */
  unit(programId: string, parent: UnitRef | null, kind: OrgUnitKind, name: string, emisCode?: string): UnitRef {
    const columns = this.syncColumns();
    const path = childPath(parent?.path ?? null, columns.id);
    this.orgUnits.push({
      ...columns,
      programId,
      parentId: parent?.id ?? null,
      name,
      kind,
      emisCode: emisCode ?? null,
      path,
    });
    if (parent === null) {
      const program = this.programs.find((p) => p.id === programId);
      if (!program) throw new Error(`unknown program ${programId}`);
      program.rootOrgUnitId = columns.id;
    }
    return { id: columns.id, path };
  }

  person(programId: string, spec: PersonSpec): string {
    const row = {
      ...this.syncColumns(),
      programId,
      fullName: spec.fullName,
      gender: spec.gender,
      subjects: JSON.stringify(spec.subjects),
      grades: JSON.stringify(spec.grades),
      yearsExperience: spec.yearsExperience,
      phone: spec.phone === null ? null : this.phoneOf(programId, spec.phone),
      email: spec.email ?? null,
      schoolId: spec.schoolId,
      emisId: spec.emisId,
      searchKey: personSearchKey(spec),
    };
    this.persons.push(row);
    return row.id;
  }

  private programOf(personId: string): string {
    const person = this.persons.find((p) => p.id === personId);
    if (!person) throw new Error(`unknown person ${personId}`);
    return person.programId;
  }

  assign(personId: string, role: AssignableRole, programId: string, unit: UnitRef): void {
    this.roleAssignments.push({ ...this.syncColumns(), personId, role, programId, orgUnitId: unit.id });
  }

  group(programId: string, kind: GroupKind, name: string, unit: UnitRef): string {
    const row = {
      ...this.syncColumns(),
      programId,
      kind,
      name,
      orgUnitId: unit.id,
      searchKey: groupSearchKey({ name }),
    };
    this.groups.push(row);
    return row.id;
  }

  member(groupId: string, personId: string, role: MemberRole, startDate: string): void {
    this.groupMembers.push({ ...this.syncColumns(), groupId, personId, role, startDate, endDate: null });
  }

  user(personId: string, login: DemoLogin, locale: Locale, isSystemAdmin = false): void {
    const email = isEmailLogin(login.login);
    this.users.push({
      id: this.newId(),
      personId,
      loginEmail: email ? login.login.toLowerCase() : null,
      loginPhone: email ? null : this.phoneOf(this.programOf(personId), login.login),
      passwordHash: this.passwordHash,
      locale,
      isSystemAdmin: isSystemAdmin ? 1 : 0,
      disabledAt: null,
      createdAt: this.stamp.now,
      updatedAt: this.stamp.now,
    });
  }

  summary(): DemoSummary {
    return {
      programs: this.programs.length,
      orgUnits: this.orgUnits.length,
      persons: this.persons.length,
      users: this.users.length,
      groups: this.groups.length,
    };
  }
}
