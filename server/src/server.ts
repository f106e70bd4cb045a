import { buildApp } from './app.js'
import { ConfigError } from './config.js'

/** Starts the API: listen, print the URL, close gracefully on SIGINT/SIGTERM. */
const app = await buildApp().catch((err: unknown) => {
  // A bad setting is the operator's to fix: say which one, without a stack trace.
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(1)
})
const { port, host } = app.config

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    app.log.info(`${signal}: closing`)
    app.close().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'close failed')
        process.exit(1)
      },
    )
  })
}

try {
  await app.listen({ port, host })
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  console.log(
    `ForteLeasing API listening on http://${shown}:${port} (OpenAPI: /openapi.json${app.config.devMailbox ? ', dev mailbox: /dev/outbox' : ''})`,
  )
} catch (err) {
  app.log.error({ err }, 'failed to start')
  process.exit(1)
}
