import { z } from 'zod';
import { AnyId, Id } from './common';
import { AssignableRole } from './roles';

export const AssignRole = z.strictObject({
  id: Id.optional(),
  personId: AnyId,
  role: AssignableRole,
  programId: AnyId,
  orgUnitId: AnyId,
});
export type AssignRole = z.infer<typeof AssignRole>;
export const RevokeRole = z.strictObject({ id: AnyId });

export interface RoleAssignment {
  id: string;
  personId: string;
  role: AssignableRole;
  programId: string;
  orgUnitId: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}
