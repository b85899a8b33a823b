import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, loginAs, makeWorld, PASSWORD, type World } from '../../../test/world';
import { AREAS, buildApp } from '../../app';
import type { AreaDescriptor } from '../../area';
import { newId } from '../../clock';
import { testConfig } from '../../config';
import { reflectionsArea } from './area';

/**
 * Other areas join the portfolio by declaring, not by an edit here: the titles of the items an
 * entry links to come from the area that holds them, and only for items the asker may read.
 */
describe(reflectionsArea.name, () => {
  let w: World;
  let app: FastifyInstance;
  const goalId = newId();
  const secretGoal = newId();
  // A stand-in for the plans area: it knows goal titles, and shows the mentee's goal to the pair only.
  const plans: AreaDescriptor = {
    name: 'plans-stand-in',
    commands: new Map(),
    syncTables: [],
    linkTitles: {
      goal: async (_db, actor, ids) =>
        new Map(
          ids.flatMap((id) =>
            id === goalId && actor.groups.length > 0 ? [[id, 'Use exit tickets every week'] as [string, string]] : [],
          ),
        ),
    },
  };

  beforeAll(async () => {
    w = await makeWorld();
    const others = [...AREAS.filter((a) => a.name !== 'reflections'), plans];
    app = await buildApp(testConfig(':memory:'), w.handle, fixedClock, [...others, reflectionsArea(others)]);
  });
  afterAll(async () => {
    await app.close();
    await w.close();
  });

  it("shows a linked goal's title from the area that holds goals, and refuses a link to an item the writer cannot read", async () => {
    const mentee = await loginAs(app, 'mentee@test.mentora', PASSWORD);
    const write = (linkedId: string) =>
      mentee.send('POST', '/api/reflections', {
        programId: w.programId,
        authorPersonId: w.people.mentee,
        answers: { plan: 'Exit tickets on Fridays.' },
        linkedType: 'goal',
        linkedId,
        entryDate: '2026-03-11',
      });
    expect((await write(goalId)).statusCode).toBe(201);
    // Issue 8 probe, finding 5: an entry linked to someone else's goal was stored.
    const secret = await write(secretGoal);
    expect(secret.statusCode).toBe(400);
    expect(secret.json().error.details).toEqual([{ path: 'linkedId', message: 'not a goal you can read' }]);
    const items = (await mentee.get(`/api/persons/${w.people.mentee}/portfolio`)).json().items;
    expect(items.map((i: { linkedTitle: string | null }) => i.linkedTitle)).toEqual(['Use exit tickets every week']);
  });

  it('refuses two areas declaring the same content table', () => {
    const twice: AreaDescriptor = {
      name: 'copy',
      commands: new Map(),
      syncTables: [],
      contentTables: [{ table: 'reflections', kind: 'reflection' }],
    };
    expect(() => reflectionsArea([twice])).toThrow(/declared by two areas/);
  });
});
