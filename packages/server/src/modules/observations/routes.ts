import {
  AddObservationNote,
  AgreeFocus,
  AgreeNextSteps,
  CreateInstrument,
  InstrumentDefinition,
  InstrumentListItemOut,
  InstrumentVersionOut,
  listOf,
  ObservationDetailsOut,
  ObservationNoteOut,
  ObservationOut,
  ObservationResponseOut,
  ObservationViewOut,
  ObserverReflect,
  RecordObservation,
  RespondToItem,
  ScheduleObservation,
  SelfReflect,
} from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, run } from '../../http/context';
import { IdParams, Paging } from '../../http/params';
import { created, ok } from '../../http/responses';
import { getReadableVersion, listInstruments } from './instrument-queries';
import { listGroupObservations, observationView } from './queries';

// Within PostgreSQL's integer: a larger number is a client's mistake (400), not a database error.
const MAX_VERSION = 1_000_000;
const VersionParams = z.strictObject({
  id: z.uuid({ message: 'must be a UUID' }),
  n: z.coerce.number().int().min(1).max(MAX_VERSION),
});
const ProgramQuery = z.strictObject({ programId: z.uuid({ message: 'must be a UUID' }) });

/** The cycle's steps after scheduling: path → command and body (the id comes from the path). */
const STEPS = [
  ['focus', 'observation.agreeFocus', AgreeFocus.omit({ id: true }), ObservationOut],
  ['record', 'observation.record', RecordObservation.omit({ id: true }), ObservationOut],
  ['self-reflection', 'observation.selfReflect', SelfReflect.omit({ id: true }), ObservationDetailsOut],
  ['reflection', 'observation.reflect', ObserverReflect.omit({ id: true }), ObservationDetailsOut],
  ['next-steps', 'observation.agreeNextSteps', AgreeNextSteps.omit({ id: true }), ObservationOut],
] as const satisfies readonly (readonly [string, string, z.ZodType, z.ZodType])[];

/** Instruments (admin configuration) and observations; thin: each maps path and body to one command. */
export async function observationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['observations'];
  const { db, clock } = app.deps;

  r.get(
    '/api/instruments',
    { schema: { tags, querystring: ProgramQuery, response: ok(z.object({ items: z.array(InstrumentListItemOut) })) } },
    async (req) => ({ items: await listInstruments(db, actorOf(req), req.query.programId) }),
  );
  r.post(
    '/api/instruments',
    { schema: { tags, body: CreateInstrument, response: created(InstrumentListItemOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'instrument.create', req.body)),
  );
  r.get(
    '/api/instruments/:id/versions/:n',
    { schema: { tags, params: VersionParams, response: ok(InstrumentVersionOut) } },
    async (req) => getReadableVersion(db, actorOf(req), req.params.id, req.params.n),
  );
  r.post(
    '/api/instruments/:id/versions',
    { schema: { tags, params: IdParams, response: created(InstrumentVersionOut) } },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'instrument.newVersion', { instrumentId: req.params.id })),
  );
  r.put(
    '/api/instrument-versions/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: z.strictObject({ definition: InstrumentDefinition }),
        response: ok(InstrumentVersionOut),
      },
    },
    async (req) => run(app, req, 'instrument.saveDraft', { ...req.body, id: req.params.id }),
  );
  r.post(
    '/api/instrument-versions/:id/publish',
    { schema: { tags, params: IdParams, response: ok(InstrumentVersionOut) } },
    async (req) => run(app, req, 'instrument.publish', { id: req.params.id }),
  );

  r.get(
    '/api/observations/:id',
    { schema: { tags, params: IdParams, response: ok(ObservationViewOut) } },
    async (req) => observationView(db, actorOf(req), req.params.id, clock),
  );
  r.get(
    '/api/observations',
    {
      schema: {
        tags,
        querystring: z.strictObject({ groupId: z.uuid({ message: 'must be a UUID' }), ...Paging }),
        response: ok(listOf(ObservationOut)),
      },
    },
    async (req) => {
      const { groupId, limit, offset } = req.query;
      return listGroupObservations(db, actorOf(req), groupId, { limit, offset });
    },
  );
  r.post(
    '/api/observations',
    { schema: { tags, body: ScheduleObservation, response: created(ObservationOut) } },
    async (req, reply) => reply.status(201).send(await run(app, req, 'observation.schedule', req.body)),
  );
  for (const [path, name, body, out] of STEPS)
    r.post(
      `/api/observations/:id/${path}`,
      { schema: { tags, params: IdParams, body: body as z.ZodType<object>, response: ok(out) } },
      async (req) => run(app, req, name, { ...req.body, id: req.params.id }),
    );
  r.post(
    '/api/observations/:id/cancel',
    { schema: { tags, params: IdParams, response: ok(ObservationOut) } },
    async (req) => run(app, req, 'observation.cancel', { id: req.params.id }),
  );
  r.post(
    '/api/observations/:id/responses',
    {
      schema: {
        tags,
        params: IdParams,
        body: RespondToItem.omit({ observationId: true }),
        response: created(ObservationResponseOut),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'observation.respond', { ...req.body, observationId: req.params.id })),
  );
  r.post(
    '/api/observations/:id/notes',
    {
      schema: {
        tags,
        params: IdParams,
        body: AddObservationNote.omit({ observationId: true }),
        response: created(ObservationNoteOut),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await run(app, req, 'observation.note', { ...req.body, observationId: req.params.id })),
  );
}
