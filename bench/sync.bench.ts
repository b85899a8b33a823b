// npm run bench:sync — sync push/pull against a bare authenticated GET, on the same machine in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../packages/server/src/app';
import { newId, systemClock } from '../packages/server/src/clock';
import { testConfig } from '../packages/server/src/config';
import { connect } from '../packages/server/src/db/connect';
import { migrateToLatest } from '../packages/server/src/db/migrate';
import { hashPassword } from '../packages/server/src/modules/auth/passwords';
import { generate } from './generate';

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

const app = await buildApp(testConfig(':memory:', { loginMaxFailures: 100 }), handle, systemClock);
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
    'pull bytes on the wire (gzip) vs gzipped JSON of the same records',
    `${wireBytes} B vs ${recordsGz} B`,
    `${(wireBytes / recordsGz).toFixed(2)}× (budget ≤ 1.5×)`,
  ],
];
console.log(`\nSync benchmark (${handle.engine}, ${data.persons} teachers in ${data.schools} schools)`);
for (const [what, value, ratio] of rows) console.log(`  ${what.padEnd(70)} ${String(value).padStart(22)}  ${ratio}`);
const ok = applied === 300 && pushed.status === 200 && wireBytes / recordsGz <= 1.5;
await app.close();
await handle.close();
rmSync(dir, { recursive: true, force: true });
if (!ok) {
  console.error('Budget not met');
  process.exit(1);
}
