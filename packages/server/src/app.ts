import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { type AreaDescriptor, combineCommands, combineSyncTables } from './area';
import { type Clock, systemClock } from './clock';
import type { CommandTable } from './commands/run';
import type { Config } from './config';
import type { DbHandle } from './db/connect';
import { registerContentTypeCheck } from './http/content-types';
import type { AppDeps } from './http/context';
import { errorHandler } from './http/errors';
import {
  clientErrorHandler,
  notFoundOrNotAllowed,
  refuseWhileClosing,
  trackRouteMethods,
} from './http/framework-answers';
import { registerHealth } from './http/health';
import { markNoStore, registerNoStore } from './http/no-store';
import { withNullInNullableEnums } from './http/openapi-nullable';
import { registerSessionHook } from './http/session-hook';
import { accountsArea } from './modules/accounts/area';
import { authArea } from './modules/auth/area';
import { calendarArea } from './modules/calendar/area';
import { concernsArea } from './modules/concerns/area';
import { feedbackArea } from './modules/feedback/area';
import { groupsArea } from './modules/groups/area';
import { meetingsArea } from './modules/meetings/area';
import { observationsArea } from './modules/observations/area';
import { orgArea } from './modules/org/area';
import { personsArea } from './modules/persons/area';
import { plansArea } from './modules/plans/area';
import { programsArea } from './modules/programs/area';
import { reflectionsArea } from './modules/reflections/area';
import { rolesArea } from './modules/roles/area';
import { rosterArea } from './modules/roster/area';
import { uploadsArea } from './modules/uploads/area';
import { visitsArea } from './modules/visits/area';
import { workloadArea } from './modules/workload/area';
import { syncArea } from './sync/area';

export const APP_VERSION = '0.1.0';

/**
 * Every area of the server, in one list (ADR 0015, docs/adding-an-area.md): routes are registered,
 * commands combined for the runner and the sync push, sync tables for the pull, in this order.
 */
const MODULE_AREAS: readonly AreaDescriptor[] = [
  authArea,
  accountsArea,
  programsArea,
  orgArea,
  personsArea,
  rolesArea,
  groupsArea,
  meetingsArea,
  plansArea,
  observationsArea,
  feedbackArea,
  visitsArea,
  workloadArea,
  concernsArea,
  rosterArea,
  syncArea,
  uploadsArea,
  calendarArea,
];
// Reflections shares the content the areas above declare (`contentTables`) and links to their items.
export const AREAS: readonly AreaDescriptor[] = [...MODULE_AREAS, reflectionsArea(MODULE_AREAS)];
/** Every command by name, for the runner outside HTTP (CLI jobs, tests). */
export const COMMANDS: CommandTable = combineCommands(AREAS);
const MAX_PARAM_LENGTH = 200;
const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_WEB_DIST = resolve(here, '../../web/dist');

/** Builds the app without listening, so tests drive the same stack with `inject`. */
export async function buildApp(
  config: Config,
  handle: DbHandle,
  clock: Clock = systemClock,
  areas: readonly AreaDescriptor[] = AREAS,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Real ids never look like this, but a bad client might send anything in a path.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // A bad URL escape or an over-long param: the same error shape as everything else (414, 400).
    frameworkErrors: (error, request, reply) => errorHandler(error, request, markNoStore(request, reply)),
    clientErrorHandler,
    return503OnClosing: false, // refuseWhileClosing answers instead, in the error shape
  });
  const allowedMethods = trackRouteMethods(app, MAX_PARAM_LENGTH);
  refuseWhileClosing(app);
  const deps: AppDeps = {
    db: handle.db,
    engine: handle.engine,
    clock,
    config,
    commands: areas === AREAS ? COMMANDS : combineCommands(areas),
    syncTables: combineSyncTables(areas),
  };
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        // Many district offices serve over plain HTTP on a LAN; upgrading would break every asset.
        'upgrade-insecure-requests': null,
      },
    },
    // Served over plain HTTP on a LAN in many district offices; HSTS is for the proxy in front.
    hsts: false,
  });
  // Pull answers and lists go over 2G/3G: compress anything worth it.
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default quality (11) costs seconds of CPU on big pulls; 4 is near gzip speed, smaller.
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Mentora API',
        version: APP_VERSION,
        description: 'Teacher mentoring programs: mentoring, not monitoring.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'mentora_session' },
          // http/session-hook.ts: cookie-authenticated writes echo the session's token (login/me `csrfToken`).
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: 'The `csrfToken` from login or /api/auth/me',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: (route) => withNullInNullableEnums(jsonSchemaTransform(route)),
    // Shapes with an id (core/http/responses.ts) on the routes' `schema.response` become components/schemas, referenced by $ref.
    transformObject: (doc) => withNullInNullableEnums(jsonSchemaTransformObject(doc)),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
  });

  registerSessionHook(app);
  registerNoStore(app);
  registerContentTypeCheck(app);
  registerHealth(app, deps, APP_VERSION);
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  for (const area of areas) if (area.routes) await app.register(area.routes);

  await serveWeb(app, config.webDist ?? DEFAULT_WEB_DIST, allowedMethods);
  return app;
}

/** The PWA: static files, and index.html for any other GET outside /api (client-side routes). */
async function serveWeb(app: FastifyInstance, dist: string, allowed: (url: string) => string[] | null) {
  const hasWeb = existsSync(join(dist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (
      hasWeb &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')
    )
      return reply.type('text/html').sendFile('index.html');
    return notFoundOrNotAllowed(allowed, request, reply);
  });
}
