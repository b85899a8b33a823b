// Reads the JSON results of vitest and Playwright and prints one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('.tmp/vitest-results.json');
if (vitest) {
  const byProject = {};
  for (const file of vitest.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      // The JSON report does not name the project; the file path and engine env do not either,
      // so engines are told apart by how often a server file appears (once per engine).
      const key = file.name.includes('/packages/server/')
        ? 'server'
        : file.name.includes('/packages/core/')
          ? 'core'
          : 'web';
      byProject[key] ??= { passed: 0, failed: 0 };
      if (t.status === 'passed') byProject[key].passed++;
      else if (t.status === 'failed') byProject[key].failed++;
    }
  }
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  console.log(
    `vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed — ${JSON.stringify(byProject)}`,
  );
} else {
  console.log('vitest: no results (the run did not finish)');
  failed++;
}

const e2e = read('.tmp/e2e-results.json');
if (e2e) {
  const s = e2e.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  console.log(
    `browser: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed, ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped`,
  );
} else {
  console.log('browser: no results (the run did not finish)');
  failed++;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
