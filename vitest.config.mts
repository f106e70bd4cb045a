import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['server/test/**/*.test.ts', 'lib/**/*.test.ts', 'components/**/*.test.ts', 'bench/**/*.test.ts'],
    // API tests each boot a server on a temporary database; two cores, so no wide fan-out.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
