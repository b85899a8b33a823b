import { z } from 'zod';

/** ARCHITECTURE §1. A role is held at an org unit of a program; scope is that unit's subtree. */
export const Role = z.enum([
  'teacher',
  'mentor',
  'head_teacher',
  'district_officer',
  'program_admin',
  'researcher',
  'system_admin',
]);
export type Role = z.infer<typeof Role>;

/** Officials see metadata and aggregates, never mentoring content (ARCHITECTURE §3). */
export const OFFICIAL_ROLES: readonly Role[] = ['head_teacher', 'district_officer', 'program_admin', 'system_admin'];

/** Roles held through a role assignment; system administration is a flag on the account, not scoped. */
export const AssignableRole = Role.exclude(['system_admin']);
export type AssignableRole = z.infer<typeof AssignableRole>;
