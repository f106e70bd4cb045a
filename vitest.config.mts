import { defineConfig } from 'vitest/config'

const unitAndApi = ['server/test/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts', 'bench/**/*.test.ts']
// The server's integration tests again on PostgreSQL when TEST_DATABASE_URL names one
// (server/test/helper.ts gives each server its own schema there). Pure unit tests need no second run.
const onPostgres = ['server/test/**/*.test.ts']
const notDatabase = ['server/test/lib/**']

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next resolves this guard itself; in tests the server-side modules run as plain Node code.
    alias: { 'server-only': 'next/dist/compiled/server-only/empty.js' },
  },
  test: {
    // API tests each boot a server on a temporary database; two cores, so no wide fan-out.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'main', include: unitAndApi } },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: { name: 'postgres', include: onPostgres, exclude: notDatabase, env: { FORTE_TEST_DB: 'pg' } },
            },
          ]
        : []),
    ],
  },
})
