// npm run bench:sync — sync push/pull against a bare authenticated GET, on the same machine in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AREAS, buildApp } from '../packages/server/src/app';
import { newId, systemClock } from '../packages/server/src/clock';
import { testConfig } from '../packages/server/src/config';
import { connect } from '../packages/server/src/db/connect';
import { migrateToLatest } from '../packages/server/src/db/migrate';
import { hashPassword } from '../packages/server/src/modules/auth/passwords';
import { loadActor } from '../packages/server/src/modules/auth/queries';
import { pull } from '../packages/server/src/sync/pull';
import { generate } from './generate';
import { addNotes, createNotesTable, NOTES_TABLE, notesArea, notesPlan } from './notes-area';

const pgUrl = process.env.BENCH_PG_URL;
const scale = { districts: Number(process.env.BENCH_DISTRICTS ?? 20), clusters: 25, schools: 8, teachers: 35 };
const dir = mkdtempSync(join(tmpdir(), 'mentora-bench-'));
const handle = connect(pgUrl ?? join(dir, 'bench.sqlite'));
await migrateToLatest(handle.db);
const t0 = performance.now();
const data = await generate(handle.db, scale);
console.log(
  `engine ${handle.engine}: generated ${data.schools} schools, ${data.persons} teachers, ${data.mentors.length} cluster groups in ${Math.round(performance.now() - t0)} ms`,
);

const mentor = data.mentors[Math.floor(data.mentors.length / 2)] as { personId: string; groupId: string };
// Years of one mentor's work: a content-like table with HISTORY rows in the mentor's group (a tenth
// tombstoned), written over many versions. An empty pull must not read them (issue 7, build point 2).
const HISTORY = Number(process.env.BENCH_HISTORY ?? 10_000);
const t1 = performance.now();
await createNotesTable(handle.db);
await addNotes(handle.db, mentor.groupId, HISTORY);
console.log(`history: ${HISTORY} notes in the mentor's group in ${Math.round(performance.now() - t1)} ms`);
const userId = newId();
const now = new Date().toISOString();
await handle.db
  .insertInto('users')
  .values({
    id: userId,
    personId: mentor.personId,
    loginPhone: null,
    loginEmail: 'bench@mentora',
    passwordHash: await hashPassword('bench password'),
    locale: 'en',
    isSystemAdmin: 0,
    disabledAt: null,
    createdAt: now,
    updatedAt: now,
  })
  .execute();

const areas = [...AREAS, notesArea];
const app = await buildApp(testConfig(':memory:', { loginMaxFailures: 100 }), handle, systemClock, areas);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'bench@mentora', password: 'bench password' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const { csrfToken } = (await login.json()) as { csrfToken: string };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function time(n: number, f: () => Promise<void>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await f();
    xs.push(performance.now() - s);
  }
  return median(xs);
}

// Baseline: a bare authenticated read (session lookup + actor + a small answer).
const baseline = await time(200, async () => {
  const r = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
  await r.arrayBuffer();
});

// Pull: the mentor's initial working set, as a phone asks for it (gzip accepted).
let wireBytes = 0;
let changes: { d?: unknown }[] = [];
const pullMs = await time(20, async () => {
  const r = await fetch(`${base}/api/sync/pull?clientId=${crypto.randomUUID()}&cursor=0`, {
    headers: { cookie, 'accept-encoding': 'gzip' },
  });
  const body = (await r.json()) as { changes: { d?: unknown }[] };
  wireBytes = Number(r.headers.get('content-length') ?? 0);
  changes = body.changes;
});
if (!wireBytes) {
  // fetch decodes gzip and may drop content-length; measure the compressed answer with a raw request.
  const { request } = await import('node:http');
  wireBytes = await new Promise<number>((resolve, reject) => {
    const req = request(
      `${base}/api/sync/pull?clientId=${crypto.randomUUID()}&cursor=0`,
      { headers: { cookie, 'accept-encoding': 'gzip' } },
      (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => resolve(n));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
const recordsGz = gzipSync(JSON.stringify(changes.map((c) => c.d))).length;

// Empty incremental pull: the device is up to date (its cursor and scope from a full pull), nothing
// changed since. It must cost about a bare GET, whatever the mentor's history (target ≤ 3×).
const device = crypto.randomUUID();
let cursor = 0;
let scope = '';
for (let more = true; more; ) {
  const r = await fetch(`${base}/api/sync/pull?clientId=${device}&cursor=${cursor}${scope ? `&scope=${scope}` : ''}`, {
    headers: { cookie },
  });
  const body = (await r.json()) as { cursor: number; scope: string; more: boolean };
  ({ cursor, scope, more } = body);
}
let emptyChanges = -1;
const emptyPullMs = await time(200, async () => {
  const r = await fetch(`${base}/api/sync/pull?clientId=${device}&cursor=${cursor}&scope=${scope}`, {
    headers: { cookie },
  });
  emptyChanges = ((await r.json()) as { changes: unknown[] }).changes.length;
});
// Rows read per pull: what each sync table's query returned, counted by the same pull in-process.
const user = await handle.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
const actor = await loadActor(handle.db, user, new Date().toISOString().slice(0, 10));
const rowsRead = async (from: number) => {
  const perTable = new Map<string, number>();
  const meter = (t: string, n: number) => perTable.set(t, (perTable.get(t) ?? 0) + n);
  const syncTables = areas.flatMap((a) => a.syncTables);
  await pull({ db: handle.db, clock: systemClock, syncTables, meter }, actor, {
    clientId: device,
    cursor: from,
    scope,
  });
  return perTable;
};
const emptyRead = await rowsRead(cursor);
const fullRead = await rowsRead(0);
const plan = await notesPlan(handle.db, handle.engine, mentor.groupId, cursor);

// Push: a week of one mentor's offline work (about 300 mutations) in one request.
const clientId = crypto.randomUUID();
const mutations = Array.from({ length: 300 }, (_, i) => ({
  id: i + 1,
  name: 'person.update',
  args: { id: mentor.personId, subjects: [`Subject ${i}`], fullName: `Mentor edit ${i}` },
}));
const s = performance.now();
const pushed = await fetch(`${base}/api/sync/push`, {
  method: 'POST',
  headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  body: JSON.stringify({ clientId, mutations }),
});
const pushMs = performance.now() - s;
const pushBody = (await pushed.json()) as { lastMutationId: number; results: { status: string }[] };
const applied = pushBody.results.filter((r) => r.status === 'applied').length;

const rows: [string, string, string][] = [
  ['baseline GET /api/auth/me (median of 200)', `${baseline.toFixed(2)} ms`, '1.0×'],
  [
    `pull initial working set: ${changes.length} records (median of 20)`,
    `${pullMs.toFixed(1)} ms`,
    `${(pullMs / baseline).toFixed(1)}×`,
  ],
  [
    `push 300 mutations in one request (${applied} applied)`,
    `${pushMs.toFixed(1)} ms`,
    `${(pushMs / baseline).toFixed(1)}×`,
  ],
  [
    `empty incremental pull, ${HISTORY} notes of history (${emptyChanges} changes, median of 200)`,
    `${emptyPullMs.toFixed(2)} ms`,
    `${(emptyPullMs / baseline).toFixed(1)}× (target ≤ 3×)`,
  ],
  [
    'rows read by an empty incremental pull (all sync tables)',
    `${[...emptyRead.values()].reduce((a, b) => a + b, 0)} rows`,
    `${NOTES_TABLE}: ${emptyRead.get(NOTES_TABLE) ?? 0}`,
  ],
  [
    'rows read by a full pull (cursor 0, reset)',
    `${[...fullRead.values()].reduce((a, b) => a + b, 0)} rows`,
    `${NOTES_TABLE}: ${fullRead.get(NOTES_TABLE) ?? 0}`,
  ],
  [
    'pull bytes on the wire (gzip) vs gzipped JSON of the same records',
    `${wireBytes} B vs ${recordsGz} B`,
    `${(wireBytes / recordsGz).toFixed(2)}× (budget ≤ 1.5×)`,
  ],
];
console.log(`\nSync benchmark (${handle.engine}, ${data.persons} teachers in ${data.schools} schools)`);
for (const [what, value, ratio] of rows) console.log(`  ${what.padEnd(76)} ${String(value).padStart(22)}  ${ratio}`);
console.log(`  query plan of the notes' incremental query: ${plan.join(' | ')}`);
const ok = applied === 300 && pushed.status === 200 && wireBytes / recordsGz <= 1.5 && emptyChanges === 0;
await app.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
if (!ok) {
  console.error('Budget not met');
  process.exit(1);
}
