// npm run bench:seed — loading the demo (what `npm start` does on an empty database) against
// migrating that database, on the same machine in the same run. Replaces a timed unit test
// (non-negotiable 3: speed is reported by benchmarks as ratios, not asserted in tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../packages/server/src/app';
import { systemClock } from '../packages/server/src/clock';
import { connect } from '../packages/server/src/db/connect';
import { migrateToLatest } from '../packages/server/src/db/migrate';
import { seedDemo } from '../packages/server/src/demo/seed';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'mentora-seed-bench-'));
const migrate: number[] = [];
const seed: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const handle = connect(join(dir, `seed-${i}.sqlite`));
    const t0 = performance.now();
    await migrateToLatest(handle.db);
    const t1 = performance.now();
    await seedDemo(handle.db, systemClock, COMMANDS);
    const t2 = performance.now();
    migrate.push(t1 - t0);
    seed.push(t2 - t1);
    await handle.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const base = median(migrate);
const demo = median(seed);
console.log(`SQLite, ${runs} runs (medians): migrate an empty database ${Math.round(base)} ms (baseline)`);
console.log(`  load both programs' demo: ${Math.round(demo)} ms = ${(demo / base).toFixed(1)}× the baseline`);
