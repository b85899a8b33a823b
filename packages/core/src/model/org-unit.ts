import { z } from 'zod';
import { AnyId, Code, Id, Text } from './common';

export const OrgUnitKind = z.enum(['country', 'province', 'district', 'municipality', 'cluster', 'school']);
export type OrgUnitKind = z.infer<typeof OrgUnitKind>;

export const CreateOrgUnit = z.strictObject({
  id: Id.optional(),
  programId: AnyId,
  parentId: AnyId.nullable(),
  name: Text(200),
  kind: OrgUnitKind,
  emisCode: Code(40).nullable().optional(),
});
export type CreateOrgUnit = z.infer<typeof CreateOrgUnit>;

export const RenameOrgUnit = z.strictObject({ id: AnyId, name: Text(200) });
export const MoveOrgUnit = z.strictObject({ id: AnyId, parentId: AnyId });

export interface OrgUnit {
  id: string;
  programId: string;
  parentId: string | null;
  name: string;
  kind: OrgUnitKind;
  emisCode: string | null;
  /** Materialised path of ids, "/root/child/…/self/", so a subtree is one prefix query. */
  path: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

/** The path of a child under a parent path. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}
