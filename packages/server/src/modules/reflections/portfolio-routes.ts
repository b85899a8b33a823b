import { Locale, PortfolioOut, type ReflectionLinkType } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { LinkTitles } from '../../area';
import { makeContext } from '../../commands/context';
import { auditReadsByShare } from '../../content/read-audit';
import { actorOf } from '../../http/context';
import { IdParams } from '../../http/params';
import { file, ok } from '../../http/responses';
import { renderPortfolioPdf } from '../../pdf/portfolio-pdf';
import { getReadablePerson } from '../persons/queries';
import { portfolioDocument } from './portfolio-document';
import { readablePortfolio } from './queries';
import { notYours } from './routes';

const PdfQuery = z.strictObject({ locale: Locale.optional() });

/**
 * A person's portfolio: the timeline of their entries the asker may read, and the PDF a teacher
 * exports of their own (issue 8, point 6). `linkTitles`: every area's titles of linkable items.
 */
export function portfolioRoutes(linkTitles: Partial<Record<ReflectionLinkType, LinkTitles>>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reflections'];
    const { db, clock } = app.deps;

    r.get(
      '/api/persons/:id/portfolio',
      { schema: { tags, params: IdParams, response: ok(PortfolioOut) } },
      async (req) => {
        const actor = actorOf(req);
        const entries = await readablePortfolio(db, actor, req.params.id, linkTitles);
        // An entry shared with the asker is readable even when its writer's profile is not; else the person must be.
        if (entries.length === 0 && req.params.id !== actor.personId)
          await getReadablePerson(db, actor, req.params.id, clock);
        const names = await authorNames(app, [req.params.id]);
        await auditReadsByShare(db, actor, clock, [
          {
            table: 'reflections',
            rows: entries.map((e) => e.row),
            resources: new Map(entries.map((e) => [e.row.id, e.resource])),
          },
        ]);
        return {
          personId: req.params.id,
          items: entries.map((e) => ({
            reflection: e.reflection,
            linkedTitle: e.linkedTitle,
            authorName: names.get(e.reflection.authorPersonId) ?? '',
            may: e.may,
          })),
        };
      },
    );

    r.get(
      '/api/persons/:id/portfolio.pdf',
      { schema: { tags, params: IdParams, querystring: PdfQuery, response: file } },
      async (req, reply) => {
        const actor = actorOf(req);
        // Issue 8, point 6: "A teacher exports their own portfolio"; nobody exports another's.
        if (req.params.id !== actor.personId) {
          const readable = await getReadablePerson(db, actor, req.params.id, clock).then(
            () => true,
            () => false,
          );
          throw notYours(readable);
        }
        const person = await db
          .selectFrom('persons as p')
          .innerJoin('programs as g', 'g.id', 'p.programId')
          .select(['p.fullName', 'g.name as programName'])
          .where('p.id', '=', actor.personId)
          .executeTakeFirstOrThrow();
        // Only what the person wrote, whatever else they may read (entries shared with them stay out).
        const own = (await readablePortfolio(db, actor, actor.personId, linkTitles)).filter(
          (e) => e.reflection.authorPersonId === actor.personId,
        );
        const ctx = makeContext(db, actor, clock);
        const locale = req.query.locale ?? req.auth?.user.locale ?? 'en';
        const pdf = await renderPortfolioPdf(
          portfolioDocument({
            locale: Locale.safeParse(locale).data ?? 'en',
            personName: person.fullName,
            programName: person.programName,
            generatedAt: ctx.now,
            entries: own,
          }),
        );
        await ctx.audit('portfolio.export', 'person', actor.personId, { entries: own.length, locale });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="portfolio-${ctx.now.slice(0, 10)}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      },
    );
  };
}

async function authorNames(app: FastifyInstance, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await app.deps.db.selectFrom('persons').select(['id', 'fullName']).where('id', 'in', ids).execute();
  return new Map(rows.map((p) => [p.id, p.fullName]));
}
