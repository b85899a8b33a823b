import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Paths are relative to the repo root, where `npm run test:e2e` runs; `npm run build:web` ran just before.
const root = join(import.meta.dirname, '..');
// MENTORA_E2E_PORT lets two checkouts run their browser tests at once on one machine.
const port = Number(process.env.MENTORA_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database per run: the server loads the demo data into an empty database on start.
const databaseUrl = join(root, '.tmp', `e2e-${Date.now()}.sqlite`);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(root, '.tmp/e2e-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(root, '.tmp/e2e-results.json') }]],
  use: {
    baseURL,
    headless: true,
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx packages/server/src/main.ts start',
    cwd: root,
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
