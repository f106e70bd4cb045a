import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FastifyInstance, FastifyPluginAsync } from 'fastify'

/**
 * A small @fastify/autoload: plugins of a folder (ordered by their fastify-plugin `dependencies`) and
 * routes by folder (folder = URL prefix, `autohooks.ts` applies to its folder and below).
 * Ours because @fastify/autoload imports files itself, outside the Vitest transform, so `.ts` files fail
 * there; importing from this module works under tsx and Vitest alike.
 */

const CODE = /\.(ts|mts|js|mjs)$/
const SKIP = /(\.d\.ts|\.test\.\w+|\.spec\.\w+)$/

type Meta = { name?: string; dependencies?: string[] }
const metaOf = (p: unknown): Meta => (p as Record<symbol, Meta>)?.[Symbol.for('plugin-meta')] ?? {}

async function importDefault(file: string): Promise<FastifyPluginAsync | null> {
  const mod = await import(pathToFileURL(file).href)
  return typeof mod.default === 'function' ? mod.default : null
}

const listDir = (dir: string) => readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))

function codeFiles(dir: string, recursive: boolean): string[] {
  const out: string[] = []
  for (const e of listDir(dir)) {
    const full = path.join(dir, e.name)
    if (e.isDirectory() && recursive) out.push(...codeFiles(full, true))
    else if (e.isFile() && CODE.test(e.name) && !SKIP.test(e.name)) out.push(full)
  }
  return out
}

/** Registers every plugin under `dir` (recursively), dependencies first. */
export async function loadPlugins(app: FastifyInstance, dir: string): Promise<void> {
  const plugins: { file: string; plugin: FastifyPluginAsync; meta: Meta }[] = []
  for (const file of codeFiles(dir, true)) {
    const plugin = await importDefault(file)
    if (plugin) plugins.push({ file, plugin, meta: metaOf(plugin) })
  }
  const local = new Set(plugins.map((p) => p.meta.name).filter(Boolean))
  const done = new Set<string>()
  while (plugins.length) {
    const i = plugins.findIndex((p) => (p.meta.dependencies ?? []).every((d) => !local.has(d) || done.has(d)))
    if (i < 0) throw new Error(`Plugin dependency cycle among: ${plugins.map((p) => p.file).join(', ')}`)
    const [next] = plugins.splice(i, 1)
    await app.register(next!.plugin)
    if (next!.meta.name) done.add(next!.meta.name)
  }
}

/** Registers route files; each folder is an encapsulated scope with its name as URL prefix. */
export async function loadRoutes(app: FastifyInstance, dir: string): Promise<void> {
  const entries = listDir(dir)
  const hooksFile = entries.find((e) => e.isFile() && /^autohooks\.(ts|js|mjs)$/.test(e.name))
  if (hooksFile) {
    const hooks = await importDefault(path.join(dir, hooksFile.name))
    // Called in this scope (not registered) so its hooks cover the folder's routes and subfolders.
    if (hooks) await hooks(app, {})
  }
  for (const e of entries) {
    if (e === hooksFile || !e.isFile() || !CODE.test(e.name) || SKIP.test(e.name)) continue
    const plugin = await importDefault(path.join(dir, e.name))
    if (plugin) await app.register(plugin)
  }
  for (const e of entries) {
    if (!e.isDirectory()) continue
    const sub = path.join(dir, e.name)
    await app.register((scope) => loadRoutes(scope, sub), { prefix: `/${e.name}` })
  }
}
