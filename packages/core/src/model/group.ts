import { z } from 'zod';
import { AnyId, Id, PlannedDate, StartDate, Text } from './common';

/** cluster: PTMP, 30–40 teachers of neighbouring schools; school: Kosovo, a mentor and a few colleagues. */
export const GroupKind = z.enum(['cluster', 'school']);
export type GroupKind = z.infer<typeof GroupKind>;
export const MemberRole = z.enum(['mentor', 'mentee']);
export type MemberRole = z.infer<typeof MemberRole>;

export const CreateGroup = z.strictObject({
  id: Id.optional(),
  programId: AnyId,
  kind: GroupKind,
  name: Text(200),
  orgUnitId: AnyId,
});
export type CreateGroup = z.infer<typeof CreateGroup>;
export const UpdateGroup = z.strictObject({ id: AnyId, name: Text(200).optional(), orgUnitId: AnyId.optional() });
export type UpdateGroup = z.infer<typeof UpdateGroup>;
export const ArchiveGroup = z.strictObject({ id: AnyId });

export const AddMember = z
  .strictObject({
    id: Id.optional(),
    groupId: AnyId,
    personId: AnyId,
    role: MemberRole,
    startDate: StartDate,
    endDate: PlannedDate.nullable().default(null),
  })
  .refine((m) => m.endDate === null || m.endDate >= m.startDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  });
export type AddMember = z.infer<typeof AddMember>;
export const EndMembership = z.strictObject({ id: AnyId, endDate: PlannedDate });
export type EndMembership = z.infer<typeof EndMembership>;

export interface Group {
  id: string;
  programId: string;
  kind: GroupKind;
  name: string;
  orgUnitId: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

export interface GroupMember {
  id: string;
  groupId: string;
  personId: string;
  role: MemberRole;
  startDate: string;
  endDate: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

export { isCurrentMember } from './membership';
