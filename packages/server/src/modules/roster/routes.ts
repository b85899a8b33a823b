import type {} from '@fastify/multipart'; // request.file() typings
import { AppError, ImportReportOut } from '@mentora/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeFirst } from '../../http/authorize-first';
import { actorOf } from '../../http/context';
import { file as fileAnswer, ok } from '../../http/responses';
import { authorizeImport, importRoster } from './commands';
import { exportRoster } from './queries';
import { ExportFormat, ImportMode, RosterKind } from './types';

const Params = z.strictObject({ programId: z.uuid({ message: 'must be a UUID' }), kind: RosterKind });
const ImportQuery = z.strictObject({ mode: ImportMode.default('preview') });
/**
 * Documents the form for the OpenAPI document only: the multipart parser leaves the body unset and
 * readUpload reads the file after the policy check, so there is nothing here to validate.
 */
const ImportForm = z.unknown().meta({
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'The roster: .csv or .xlsx' } },
});
const ExportQuery = z.strictObject({ format: ExportFormat.default('csv'), orgUnitId: z.uuid().optional() });

/** docs/api.md "Import and export". Registered by app.ts; multipart is registered there with the size limit. */
export async function rosterRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['roster'];

  // 200 with the report for a preview (errors included); a commit with errors throws 400.
  r.post(
    '/api/programs/:programId/imports/:kind',
    {
      schema: {
        tags,
        params: Params,
        querystring: ImportQuery,
        consumes: ['multipart/form-data'],
        body: ImportForm,
        response: ok(ImportReportOut),
      },
      preParsing: authorizeFirst(Params, (req, p) => authorizeImport(app.deps.db, actorOf(req), p.programId)),
    },
    async (req) => {
      const actor = actorOf(req);
      const { filename, bytes } = await readUpload(req);
      return importRoster(app.deps, actor, { ...req.params, mode: req.query.mode, filename, bytes });
    },
  );

  r.get(
    '/api/programs/:programId/exports/:kind',
    { schema: { tags, params: Params, querystring: ExportQuery, response: fileAnswer } },
    async (req, reply) => {
      const file = await exportRoster(app.deps, actorOf(req), { ...req.params, ...req.query });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store') // personal data: never keep a copy in a shared cache
        .send(file.body);
    },
  );
}

/**
 * The one file in form field `file`. Runs only after the policy check (preParsing above). A broken
 * body (no boundary, truncated part, bad part header) is the client's fault: 400 `bad_request`; an
 * oversize file or too many parts keep their 413, which the error handler maps.
 */
async function readUpload(req: FastifyRequest): Promise<{ filename: string; bytes: Buffer }> {
  if (!req.isMultipart())
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data in the field "file"');
  try {
    const file = await req.file();
    if (file === undefined || file.fieldname !== 'file')
      throw new AppError('bad_request', 'Send the file in the form field "file"');
    return { filename: file.filename, bytes: await file.toBuffer() };
  } catch (error) {
    if (error instanceof AppError || (error as { statusCode?: number }).statusCode === 413) throw error;
    throw new AppError('bad_request', 'The multipart/form-data body is malformed', [
      { path: 'body', message: (error as Error).message },
    ]);
  }
}
