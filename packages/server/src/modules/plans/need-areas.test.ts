import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanWorld, type PlanWorld } from '../../../test/plan-world';
import type { Client } from '../../../test/world';

// Issue 8, point 1: a need's area list "is program configuration with translations".
describe('need areas are the program’s own list (settings.needAreas), else the default list', () => {
  let w: PlanWorld;
  let mentor: Client;
  let admin: Client;
  const need = (areaKey: string) => ({
    groupId: w.groupId,
    ownerPersonId: w.people.mentee,
    partnerPersonId: w.people.mentor,
    level: 'basic',
    areaKey,
    source: 'meeting',
    description: 'Reading aloud in grade 2',
  });
  const ownList = [
    { key: 'early-reading', label: { en: 'Early reading', sq: 'Leximi fillestar', sr: 'Рано читање' } },
    { key: 'classroom-management', label: { en: 'Classroom management', sq: 'Menaxhimi i klasës' } },
  ];
  const settingsNow = async () => (await admin.get(`/api/programs/${w.programId}`)).json().settings;
  const needCount = async () =>
    Number(
      (
        await w.handle.db
          .selectFrom('needs')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    w = await makePlanWorld();
    mentor = await w.as('mentor');
    admin = await w.as('admin');
  });
  afterAll(() => w.close());

  it('a program without a list takes the default areas and refuses others on areaKey', async () => {
    expect((await settingsNow()).needAreas).toBeUndefined();
    expect((await mentor.send('POST', '/api/needs', need('assessment'))).statusCode).toBe(201);
    const res = await mentor.send('POST', '/api/needs', need('early-reading'));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'areaKey', message: expect.stringContaining('assessment') }]);
  });

  it('a bad list is refused with paths and nothing is written; a mentor may not set the list', async () => {
    const before = await settingsNow();
    const cases: [unknown, string[]][] = [
      [[ownList[0], { key: 'early-reading', label: { en: 'Again' } }], ['body.settings.needAreas.1.key']],
      [[{ key: 'early-reading', label: { sq: 'Leximi fillestar' } }], ['body.settings.needAreas.0.label.en']],
      [[], ['body.settings.needAreas']],
    ];
    for (const [needAreas, paths] of cases) {
      const res = await admin.send('PATCH', `/api/programs/${w.programId}`, { settings: { ...before, needAreas } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(paths);
    }
    const byMentor = await mentor.send('PATCH', `/api/programs/${w.programId}`, {
      settings: { ...before, needAreas: ownList },
    });
    expect(byMentor.statusCode).toBe(403);
    expect(await settingsNow()).toEqual(before);
  });

  it('with its own list, a program accepts its keys and refuses a default key not in it', async () => {
    const before = await settingsNow();
    const set = await admin.send('PATCH', `/api/programs/${w.programId}`, {
      settings: { ...before, needAreas: ownList },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().settings).toEqual({ ...before, needAreas: ownList });
    // The device reads the list from the program record.
    expect((await mentor.get(`/api/programs/${w.programId}`)).json().settings.needAreas).toEqual(ownList);

    const made = await mentor.send('POST', '/api/needs', need('early-reading'));
    expect(made.statusCode, made.body).toBe(201);
    const count = await needCount();
    const refused = await mentor.send('POST', '/api/needs', need('assessment'));
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: 'areaKey', message: 'one of early-reading, classroom-management' },
    ]);
    expect(await needCount()).toBe(count);

    const moved = await mentor.send('PATCH', `/api/needs/${made.json().id}`, { areaKey: 'assessment' });
    expect(moved.statusCode, moved.body).toBe(400);
    expect(moved.json().error.details[0].path).toBe('areaKey');
    const ok = await mentor.send('PATCH', `/api/needs/${made.json().id}`, { areaKey: 'classroom-management' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().areaKey).toBe('classroom-management');
  });
});
