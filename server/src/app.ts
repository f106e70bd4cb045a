import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { type AppConfig, loadConfig } from './config.js'
import { loadPlugins, loadRoutes } from './lib/autoload.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig
  }
}

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * The API server: config → external plugins → app plugins (services, repositories) → routes (folder = URL prefix).
 * `overrides` replace settings from the environment (tests boot on a temp dir this way).
 * @see https://github.com/fastify/demo/blob/main/src/app.ts
 */
export async function buildApp(overrides: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const config = loadConfig(process.env, overrides)
  const app = Fastify({
    logger: { level: config.logLevel },
    // Video uploads are multipart streams; JSON bodies stay small.
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // The client IP (per-IP abuse limits) comes from X-Forwarded-For only when a trusted proxy (the portal) sent it.
    trustProxy: config.trustProxy,
    // Unique across API instances: a request id from a client's error report finds one log line.
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('config', config)
  if (config.devMailboxRefused)
    app.log.warn('DEV_MAILBOX is ignored with NODE_ENV=production: the dev mailbox stays off')

  await loadPlugins(app, path.join(here, 'plugins/external'))
  await loadPlugins(app, path.join(here, 'plugins/app'))
  await app.register((scope) => loadRoutes(scope, path.join(here, 'routes')))
  return app
}
