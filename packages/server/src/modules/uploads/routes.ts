import { Id, Text, UploadOut } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeFirst } from '../../http/authorize-first';
import { actorOf } from '../../http/context';
import { IdParams } from '../../http/params';
import { file, ok, okOrCreated } from '../../http/responses';
import {
  appendChunk,
  authorizeAppend,
  MAX_CHUNK,
  startUpload,
  UPLOAD_TYPES,
  uploadContent,
  uploadState,
} from './store';

const CHUNK_TYPE = 'application/offset+octet-stream';

export async function uploadRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['uploads'];
  const { db, clock, config } = app.deps;
  app.addContentTypeParser(CHUNK_TYPE, { parseAs: 'buffer', bodyLimit: MAX_CHUNK }, (_req, body, done) =>
    done(null, body),
  );

  const Start = z.strictObject({
    id: Id,
    filename: Text(200),
    contentType: z.enum(UPLOAD_TYPES),
    size: z.number().int().min(1).max(config.maxUploadBytes),
  });
  r.post('/api/uploads', { schema: { tags, body: Start, response: okOrCreated(UploadOut) } }, async (req, reply) => {
    const { created, upload } = await startUpload(db, actorOf(req), clock, req.body, config.uploadQuotaBytes);
    return reply.status(created ? 201 : 200).send(upload);
  });

  r.patch(
    '/api/uploads/:id',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: [CHUNK_TYPE],
        body: z
          .instanceof(Buffer)
          .meta({ type: 'string', format: 'binary', description: 'The next bytes, at most 256 KB' }),
        headers: z.object({ 'upload-offset': z.coerce.number().int().min(0), 'content-type': z.literal(CHUNK_TYPE) }),
        response: ok(UploadOut),
      },
      // Someone else's upload is refused before its chunk is read (issue 6, defect 6).
      preParsing: authorizeFirst(IdParams, (req, p) => authorizeAppend(db, actorOf(req), p.id)),
    },
    async (req) => appendChunk(db, actorOf(req), clock, req.params.id, req.headers['upload-offset'], req.body),
  );

  r.get('/api/uploads/:id', { schema: { tags, params: IdParams, response: ok(UploadOut) } }, async (req) =>
    uploadState(db, actorOf(req), req.params.id),
  );

  r.get('/api/uploads/:id/content', { schema: { tags, params: IdParams, response: file } }, async (req, reply) => {
    const file = await uploadContent(db, actorOf(req), req.params.id);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${encodeURIComponent(file.filename)}"`)
      .send(file.body);
  });
}
