import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autoload from '@fastify/autoload'
import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { type AppConfig, loadConfig } from './config.js'

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig
  }
}

// Autoload must import our .ts files whichever runner started us (tsx, vitest).
process.env.FASTIFY_AUTOLOAD_TYPESCRIPT ??= '1'

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
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.decorate('config', config)

  await app.register(autoload, { dir: path.join(here, 'plugins/external') })
  await app.register(autoload, { dir: path.join(here, 'plugins/app') })
  await app.register(autoload, {
    dir: path.join(here, 'routes'),
    autoHooks: true,
    cascadeHooks: true,
    ignorePattern: /(?:^|\/)(?:.*\.test|.*\.spec)\.ts$/,
  })
  return app
}
