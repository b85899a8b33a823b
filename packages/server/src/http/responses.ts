import {
  ErrorResponse,
  GroupDetailOut,
  GroupListItemOut,
  GroupMemberOut,
  GroupOut,
  HealthOut,
  ImportReportOut,
  itemsOf,
  listOf,
  MeOut,
  OrgUnitDetailOut,
  OrgUnitOut,
  OrgUnitStatsOut,
  PersonDetailOut,
  PersonOut,
  ProgramOut,
  PullResponseOut,
  PushResponseOut,
  RoleAssignmentOut,
  UploadOut,
} from '@mentora/core';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';

const errors = { '4xx': ErrorResponse, '5xx': ErrorResponse };
const ok = (schema: z.ZodType) => ({ 200: schema, ...errors });
const created = (schema: z.ZodType) => ({ 201: schema, ...errors });
const none = { 204: z.null().describe('No content'), ...errors };
/** Files (exports, attachments): the body is the file, documented by its content type. */
const file = {
  200: z.unknown().describe('The file: CSV, XLSX, or the uploaded bytes, by its content type'),
  ...errors,
};

/**
 * What every route answers, in one place: the OpenAPI document is built from it, and the
 * serializer checks every answer against it (a mismatch is a server bug and fails the tests).
 */
export const RESPONSES: Record<string, Record<string, z.ZodType>> = {
  'GET /api/health': { 200: HealthOut },
  'POST /api/auth/login': ok(MeOut),
  'POST /api/auth/redeem': ok(MeOut),
  'POST /api/auth/logout': none,
  'GET /api/auth/me': ok(MeOut),
  'POST /api/auth/password': none,
  'PUT /api/auth/locale': none,
  'POST /api/accounts': created(z.looseObject({ userId: z.string(), login: z.string().nullable() })),
  'POST /api/accounts/:userId/codes': created(z.looseObject({ code: z.string(), expiresAt: z.string() })),
  'POST /api/accounts/:userId/disabled': none,
  'GET /api/programs': ok(itemsOf(ProgramOut)),
  'GET /api/programs/:id': ok(ProgramOut),
  'POST /api/programs': created(ProgramOut),
  'PATCH /api/programs/:id': ok(ProgramOut),
  'GET /api/org-units': ok(itemsOf(OrgUnitOut.extend({ childCount: z.number() }))),
  'GET /api/org-units/:id': ok(OrgUnitDetailOut),
  'GET /api/org-units/:id/stats': ok(OrgUnitStatsOut),
  'POST /api/org-units': created(OrgUnitOut),
  'PATCH /api/org-units/:id': ok(OrgUnitOut),
  'POST /api/org-units/:id/move': ok(OrgUnitOut),
  'DELETE /api/org-units/:id': none,
  'GET /api/persons': ok(listOf(PersonOut)),
  'GET /api/persons/:id': ok(PersonDetailOut),
  'POST /api/persons': created(PersonOut),
  'PATCH /api/persons/:id': ok(PersonOut),
  'DELETE /api/persons/:id': none,
  'POST /api/role-assignments': created(RoleAssignmentOut),
  'DELETE /api/role-assignments/:id': none,
  'GET /api/groups': ok(listOf(GroupListItemOut)),
  'GET /api/groups/:id': ok(GroupDetailOut),
  'POST /api/groups': created(GroupOut),
  'PATCH /api/groups/:id': ok(GroupOut),
  'DELETE /api/groups/:id': none,
  'POST /api/groups/:id/members': created(GroupMemberOut),
  'POST /api/group-members/:id/end': ok(GroupMemberOut),
  'POST /api/programs/:programId/imports/:kind': ok(ImportReportOut),
  'GET /api/programs/:programId/exports/:kind': file,
  'POST /api/sync/push': ok(PushResponseOut),
  'GET /api/sync/pull': ok(PullResponseOut),
  'POST /api/uploads': { 200: UploadOut, 201: UploadOut, ...errors },
  'PATCH /api/uploads/:id': ok(UploadOut),
  'GET /api/uploads/:id': ok(UploadOut),
  'GET /api/uploads/:id/content': file,
};

/** Adds the documented answers to each API route as it is registered (before its serializer is built). */
export function registerResponseSchemas(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const response = RESPONSES[`${method} ${route.url}`];
      if (response && route.schema && !route.schema.response) route.schema = { ...route.schema, response };
    }
  });
}
