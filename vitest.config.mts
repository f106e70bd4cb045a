import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next resolves this guard itself; in tests the server-side modules run as plain Node code.
    alias: { 'server-only': 'next/dist/compiled/server-only/empty.js' },
  },
  test: {
    include: ['server/test/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts', 'bench/**/*.test.ts'],
    // API tests each boot a server on a temporary database; two cores, so no wide fan-out.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
