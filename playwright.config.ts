import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/support/chromium'
import { portalCommand } from './scripts/lib.mjs'

// Ports (override by env): main API 4100 + portal 3100; a second pair with ACCESS_TOKEN_TTL=5 for the refresh test,
// whose API runs no media jobs (MEDIA_WORKERS=0, as when other instances take them): its videos stay "processing".
const API_PORT = Number(process.env.E2E_API_PORT || 4100)
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT || 3100)
const API2_PORT = Number(process.env.E2E_API2_PORT || 4101)
const PORTAL2_PORT = Number(process.env.E2E_PORTAL2_PORT || 3101)
const distDir = process.env.NEXT_DIST_DIR || '.next'
const secret = process.env.NEXTAUTH_SECRET || 'e2e-only-nextauth-secret-not-for-production'

export const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`
export const portal2Url = `http://127.0.0.1:${PORTAL2_PORT}`

const portal = (port: number, apiPort: number) => ({
  // As `npm start` runs it (the same heap limit).
  command: portalCommand(['-p', String(port), '-H', '127.0.0.1'])
    .flat()
    .join(' '),
  url: `http://127.0.0.1:${port}/login`,
  reuseExistingServer: false,
  timeout: 120_000,
  env: {
    NEXT_DIST_DIR: distDir,
    FORTE_API_URL: `http://127.0.0.1:${apiPort}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: secret,
  },
})
const api = (port: number, ttl?: number, env: Record<string, string> = {}) => ({
  command: `node e2e/support/start-api.mjs ${port}${ttl ? ` ${ttl}` : ''}`,
  env,
  url: `http://127.0.0.1:${port}/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  // SIGTERM first, so start-api.mjs stops the server and removes its temp folder and pid file.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
})

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: portalUrl,
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'refresh',
      testMatch: /session-refresh\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: portal2Url },
    },
    {
      name: 'portal',
      testIgnore: /session-refresh\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: portalUrl },
    },
  ],
  webServer: [
    api(API_PORT),
    portal(PORTAL_PORT, API_PORT),
    api(API2_PORT, 5, { MEDIA_WORKERS: '0' }),
    portal(PORTAL2_PORT, API2_PORT),
  ],
})
