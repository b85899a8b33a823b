import { defineConfig } from 'vitest/config';

// The server suite runs once per engine: always on a SQLite file, and on PostgreSQL when
// MENTORA_TEST_PG_URL points at a server (CI starts one; see .ci/run and the README).
const pgUrl = process.env.MENTORA_TEST_PG_URL;
const serverFiles = ['packages/server/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]] : ['default'],
    projects: [
      { test: { name: 'core', include: ['packages/core/**/*.test.ts'] } },
      // Store tests run in Node (fake-indexeddb); a screen part's test opts into a DOM with a
      // `@vitest-environment happy-dom` comment.
      { test: { name: 'web', include: ['packages/web/**/*.test.{ts,tsx}'] } },
      {
        test: {
          name: 'server-sqlite',
          include: serverFiles,
          env: { MENTORA_TEST_ENGINE: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: 'server-postgres',
                include: serverFiles,
                env: { MENTORA_TEST_ENGINE: 'postgres', MENTORA_TEST_PG_URL: pgUrl },
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
