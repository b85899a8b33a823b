import { AppError, addDays, ErrorResponse } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../../clock';
import { actorOf, run } from '../../http/context';
import { none, ok } from '../../http/responses';
import { hashToken } from './commands';
import { feedIcs } from './ics';
import { awayFromSchool, calendarClusterIds, clusterMeetings } from './queries';

const Day = z.iso.date({ message: 'must be a date YYYY-MM-DD' });
const FeedOut = z.looseObject({ active: z.boolean(), createdAt: z.string().nullable() });
const FeedMadeOut = z.looseObject({ url: z.string(), createdAt: z.string() });
const AwayOut = z.looseObject({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      clusterName: z.string(),
      place: z.string(),
      start: z.string(),
      durationMinutes: z.number(),
      days: z.array(z.string()),
      teachers: z.array(
        z.looseObject({ personId: z.string(), fullName: z.string(), role: z.string(), schoolName: z.string() }),
      ),
    }),
  ),
});
// A token is 32 random bytes in base64url: 43 characters; anything else is not a feed.
const FeedFile = z.strictObject({ file: z.string().max(100) });
const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * The calendar (issue 9, ADR 0024): a person's secret iCal feed — made, rotated and stopped by its
 * owner, read without a session by whoever holds the URL — and the head teacher's "who is away when".
 */
export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['calendar'];
  const { db, clock } = app.deps;

  r.get(
    '/api/calendar/feed',
    { schema: { tags, querystring: z.strictObject({}), response: ok(FeedOut) } },
    async (req) => {
      const row = await db
        .selectFrom('calendarFeeds')
        .select('createdAt')
        .where('personId', '=', actorOf(req).personId)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      return { active: row !== undefined, createdAt: row?.createdAt ?? null };
    },
  );
  r.post(
    '/api/calendar/feed',
    { schema: { tags, response: { 201: FeedMadeOut, '4xx': ErrorResponse, '5xx': ErrorResponse } } },
    async (req, reply) => {
      const made = (await run(app, req, 'calendarFeed.create', {})) as { token: string; createdAt: string };
      const host = req.headers['x-forwarded-host'] ?? req.host;
      const url = `${req.protocol}://${String(host)}/api/calendar/${made.token}.ics`;
      return reply.status(201).send({ url, createdAt: made.createdAt });
    },
  );
  r.delete('/api/calendar/feed', { schema: { tags, response: none } }, async (req, reply) => {
    await run(app, req, 'calendarFeed.revoke', {});
    return reply.status(204).send(null);
  });

  r.get(
    '/api/calendar/:file',
    {
      config: { public: true },
      schema: {
        tags,
        params: FeedFile,
        response: { 200: z.string().describe('text/calendar (RFC 5545)'), '4xx': ErrorResponse, '5xx': ErrorResponse },
      },
    },
    async (req, reply) => {
      const token = TOKEN_FILE.exec(req.params.file)?.[1];
      // A feed stops with its owner's login: a disabled account or an archived person has none
      // (probe of issue 9, finding 7).
      const feed = token
        ? await db
            .selectFrom('calendarFeeds as f')
            .innerJoin('persons as p', 'p.id', 'f.personId')
            .select('f.personId')
            .where('f.tokenHash', '=', hashToken(token))
            .where('f.revokedAt', 'is', null)
            .where('p.deletedAt', 'is', null)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('users as u')
                    .select('u.id')
                    .whereRef('u.personId', '=', 'f.personId')
                    .where('u.disabledAt', 'is not', null),
                ),
              ),
            )
            .executeTakeFirst()
        : undefined;
      // Unknown, malformed and revoked tokens answer alike: nothing tells a guess from a stopped feed.
      if (!feed) throw new AppError('not_found', 'Calendar not found');
      const day = today(clock);
      const groups = await calendarClusterIds(db, feed.personId, day);
      const meetings = await clusterMeetings(db, groups, addDays(day, -90), null);
      return reply
        .type('text/calendar; charset=utf-8')
        .send(feedIcs('Mentora — cluster meetings', meetings, clock.now()));
    },
  );

  r.get(
    '/api/calendar/away',
    {
      schema: {
        tags,
        querystring: z.strictObject({ from: Day.optional(), to: Day.optional() }),
        response: ok(AwayOut),
      },
    },
    async (req) => {
      const from = req.query.from ?? today(clock);
      const to = req.query.to ?? addDays(from, 120);
      if (to < from)
        throw new AppError('validation_failed', 'The period ends before it starts', [
          { path: 'to', message: 'before from' },
        ]);
      return awayFromSchool(db, actorOf(req), from, to);
    },
  );
}
