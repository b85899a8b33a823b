import { actorFromMe } from '@mentora/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../test/harness';
import { loginAs } from '../../test/world';
import { buildApp, COMMANDS } from '../app';
import { systemClock, today } from '../clock';
import { testConfig } from '../config';
import type { DbHandle } from '../db/connect';
import { loadActor } from '../modules/auth/queries';
import { DEMO_LOGINS, DEMO_PASSWORD } from './logins';
import { seedDemo } from './seed';

describe('demo data through the API (issue 2 acceptance)', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await freshDb();
    await seedDemo(handle.db, systemClock, COMMANDS);
    app = await buildApp(testConfig(':memory:'), handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('every demo login reaches its home data (/api/auth/me) with its role', async () => {
    for (const l of DEMO_LOGINS) {
      const c = await loginAs(app, l.login, DEMO_PASSWORD);
      const me = (await c.get('/api/auth/me')).json();
      expect(me.fullName, l.login).toBe(l.name);
      if (l.role === 'system_admin') expect(me.systemAdmin).toBe(true);
      else
        expect(
          me.roles.map((r: { role: string }) => r.role),
          l.login,
        ).toContain(l.role);
    }
  });

  it('every demo login builds from /api/auth/me the actor the server enforces with (issue 7)', async () => {
    for (const l of DEMO_LOGINS) {
      const c = await loginAs(app, l.login, DEMO_PASSWORD);
      const me = (await c.get('/api/auth/me')).json();
      const user = await handle.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', me.userId)
        .executeTakeFirstOrThrow();
      const server = await loadActor(handle.db, user, today(systemClock));
      const client = actorFromMe(me);
      expect(new Set(client.assignments.map((a) => JSON.stringify(a))), l.login).toEqual(
        new Set(server.assignments.map((a) => JSON.stringify(a))),
      );
      expect({ ...client, assignments: [] }, l.login).toEqual({ ...server, assignments: [] });
    }
  });

  it('shows the Kosovo gymnasium with 78 teachers and 12 mentors, and the VET school with 101 and 16, with the seed splits', async () => {
    const admin = await loginAs(app, 'admin.kosovo@demo.mentora', DEMO_PASSWORD);
    const programId = (admin.me as unknown as { roles: { programId: string }[] }).roles[0]?.programId;
    const find = async (parentId: string | null): Promise<{ id: string; name: string; childCount: number }[]> =>
      (await admin.get(`/api/org-units?programId=${programId}${parentId ? `&parentId=${parentId}` : ''}`)).json().items;
    const [kosovo] = await find(null);
    const [drenas] = await find(kosovo?.id ?? null);
    const schools = await find(drenas?.id ?? null);
    const stats = async (name: RegExp) => {
      const school = schools.find((s) => name.test(s.name));
      expect(school, `school ${name}`).toBeDefined();
      return (await admin.get(`/api/org-units/${school?.id}/stats`)).json();
    };
    const gym = await stats(/gymnasium/i);
    expect(gym).toMatchObject({ teachers: 78, mentors: 12 });
    expect(gym.mentorsByGender).toMatchObject({ female: 3, male: 9 });
    expect(gym.mentorsByExperience).toMatchObject({ '14+': 6, '9-13': 4, '4-8': 2 });
    const vet = await stats(/vet/i);
    expect(vet).toMatchObject({ teachers: 101, mentors: 16 });
    expect(vet.mentorsByGender).toMatchObject({ female: 7, male: 9 });
    expect(vet.mentorsByExperience).toMatchObject({ '14+': 4, '9-13': 2, '4-8': 10 });
  });

  it('shows every PTMP cluster group with one mentor and 30–40 mentees', async () => {
    const admin = await loginAs(app, 'admin.ptmp@demo.mentora', DEMO_PASSWORD);
    const programId = (admin.me as unknown as { roles: { programId: string }[] }).roles[0]?.programId;
    const groups = (await admin.get(`/api/groups?programId=${programId}`)).json().items as {
      kind: string;
      mentorNames: string[];
      menteeCount: number;
    }[];
    const clusters = groups.filter((g) => g.kind === 'cluster');
    expect(clusters.length).toBeGreaterThanOrEqual(5);
    for (const g of clusters) {
      expect(g.mentorNames).toHaveLength(1);
      expect(g.menteeCount).toBeGreaterThanOrEqual(30);
      expect(g.menteeCount).toBeLessThanOrEqual(40);
    }
  });
});
