// Reads the JSON results of vitest and Playwright and prints one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('.tmp/vitest-results.json');
if (vitest) {
  // The JSON report does not name the vitest project (engine); the default reporter's per-file
  // lines do ("✓ server-postgres path (12 tests)"), so the per-engine counts come from its log.
  const byProject = {};
  const log = existsSync('.tmp/vitest-output.log') ? readFileSync('.tmp/vitest-output.log', 'utf8') : '';
  for (const line of log.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').split('\n')) {
    const m = line.match(/^\s*[✓×❯]\s+(\S+)\s+\S+\.test\.ts\s+\((\d+) tests?/);
    if (m) byProject[m[1]] = (byProject[m[1]] ?? 0) + Number(m[2]);
  }
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  // Unhandled errors fail the run without failing a test: count them so this line cannot say 0.
  if (vitest.success === false || /Unhandled Errors?/.test(log)) {
    console.log('vitest: the run reported errors outside the tests (see "Unhandled Errors" above)');
    failed++;
  }
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
  for (const [project, n] of Object.entries(byProject)) console.log(`  ${project}: ${n} tests`);
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
