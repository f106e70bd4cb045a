import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from '@playwright/test'
import { type BenchPage, firstLoadOfEveryPage, type User } from './first-load-pages'
import { firstLoadJs } from './lib/browser'
import { stop } from './lib/processes'
import { root, startPortal } from './lib/stack'

/** A bare App Router page (one heading) built with the portal's own configuration: the floor. */
function buildFloorApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'forte-floor-'))
  mkdirSync(path.join(dir, 'app'))
  writeFileSync(
    path.join(dir, 'app/layout.tsx'),
    'export default function L({ children }: { children: React.ReactNode }) { return <html lang="ru"><body>{children}</body></html> }\n',
  )
  writeFileSync(path.join(dir, 'app/page.tsx'), 'export default function P() { return <h1>ForteLeasing</h1> }\n')
  // The portal's next.config.mjs, so the floor is built the same way; only Turbopack's root widens so it
  // can follow the node_modules link.
  for (const f of ['tsconfig.json', 'package.json', 'postcss.config.mjs'])
    copyFileSync(path.join(root, f), path.join(dir, f))
  copyFileSync(path.join(root, 'next.config.mjs'), path.join(dir, 'next.config.base.mjs'))
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    "import base from './next.config.base.mjs'\nexport default { ...base, turbopack: { root: '/' } }\n",
  )
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build', dir], {
    cwd: dir,
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    env: { ...process.env, NEXT_DIST_DIR: '.next' },
  })
  if (r.status !== 0 || !existsSync(path.join(dir, '.next/BUILD_ID'))) throw new Error('the floor app did not build')
  return dir
}

/** The floor app built and served (`next start`) beside the portal; `close` stops it and removes its build. */
export async function startFloorApp(apiUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = buildFloorApp()
  const floor = await startPortal(apiUrl, '.next', dir, '/')
  return {
    url: floor.url,
    close: async () => {
      await stop(floor.proc)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** First-load JS of the floor page and of every page of the portal. */
export async function measureFirstLoad(
  browser: Browser,
  floorUrl: string,
  users: Record<User, BrowserContext>,
  pages: BenchPage[],
) {
  const floorCtx = await browser.newContext({ baseURL: floorUrl })
  const floor = await firstLoadJs(floorCtx, '/')
  await floorCtx.close()
  return { floor, pages: await firstLoadOfEveryPage(users, pages) }
}
