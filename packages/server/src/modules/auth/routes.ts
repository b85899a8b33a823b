import { ChangePassword, LoginInput, MeOut, RedeemCode, SetLocale } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { today } from '../../clock';
import { actorOf } from '../../http/context';
import { none, ok } from '../../http/responses';
import {
  cookieOptions,
  DEVICE_COOKIE,
  deviceCookieOptions,
  SESSION_COOKIE,
  sessionDeps,
} from '../../http/session-hook';
import { describeMe, loadActor } from './queries';
import { changePassword, endSession, login, redeemCode } from './sessions';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    { config: { public: true }, schema: { tags, body: LoginInput, response: ok(MeOut) } },
    async (req, reply) => {
      const s = await login(sessionDeps(app), req.body.login, req.body.password, req.ip, req.cookies[DEVICE_COOKIE]);
      reply.setCookie(SESSION_COOKIE, s.token, cookieOptions(app, req, s.expiresAt));
      reply.setCookie(DEVICE_COOKIE, s.device.token, deviceCookieOptions(app, req, s.device.expiresAt));
      const actor = await loadActor(app.deps.db, s.user, today(app.deps.clock));
      return describeMe(app.deps.db, s.user, actor, s.csrfToken);
    },
  );

  r.post(
    '/api/auth/redeem',
    { config: { public: true }, schema: { tags, body: RedeemCode, response: ok(MeOut) } },
    async (req, reply) => {
      const { login: who, code, newPassword } = req.body;
      const s = await redeemCode(sessionDeps(app), who, code, newPassword, req.ip, req.cookies[DEVICE_COOKIE]);
      reply.setCookie(SESSION_COOKIE, s.token, cookieOptions(app, req, s.expiresAt));
      reply.setCookie(DEVICE_COOKIE, s.device.token, deviceCookieOptions(app, req, s.device.expiresAt));
      const actor = await loadActor(app.deps.db, s.user, today(app.deps.clock));
      return describeMe(app.deps.db, s.user, actor, s.csrfToken);
    },
  );

  r.post('/api/auth/logout', { schema: { tags, response: none } }, async (req, reply) => {
    if (req.auth) await endSession(app.deps.db, req.auth.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  r.get('/api/auth/me', { schema: { tags, response: ok(MeOut) } }, async (req) => {
    actorOf(req);
    const auth = req.auth as NonNullable<typeof req.auth>;
    return describeMe(app.deps.db, auth.user, auth.actor, auth.csrfToken);
  });

  r.post('/api/auth/password', { schema: { tags, body: ChangePassword, response: none } }, async (req, reply) => {
    actorOf(req);
    await changePassword(
      sessionDeps(app),
      req.auth as NonNullable<typeof req.auth>,
      req.body.currentPassword,
      req.body.newPassword,
    );
    return reply.status(204).send(null);
  });

  r.put('/api/auth/locale', { schema: { tags, body: SetLocale, response: none } }, async (req, reply) => {
    const actor = actorOf(req);
    await app.deps.db
      .updateTable('users')
      .set({ locale: req.body.locale, updatedAt: app.deps.clock.now().toISOString() })
      .where('id', '=', actor.userId)
      .execute();
    return reply.status(204).send(null);
  });
}
