// `npm start`: installs what is missing, builds what is not built, starts the API and the portal.
import { bin, ensureDependencies, ensurePortalBuilt, persistentSecret, startChild, waitForUrl } from './lib.mjs'

ensureDependencies()
ensurePortalBuilt()

const portalPort = process.env.PORT || '3000'
const apiPort = process.env.FORTE_API_PORT || '4010'
const apiUrl = process.env.FORTE_API_URL || `http://127.0.0.1:${apiPort}`
const ownApi = !process.env.FORTE_API_URL // with a real API configured, no local server is started
const portalUrl = process.env.NEXTAUTH_URL || `http://localhost:${portalPort}`
const env = {
  FORTE_API_URL: apiUrl,
  NEXTAUTH_URL: portalUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || persistentSecret('nextauth-secret'),
}

const children = []
if (ownApi) children.push(startChild('api', bin('tsx'), ['server/src/server.ts'], { FORTE_API_PORT: apiPort }))
children.push(startChild('portal', bin('next'), ['start', '-p', portalPort], env))

const stop = () => {
  for (const c of children) c.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const c of children)
  c.on('exit', (code) => {
    if (code) {
      console.error(`Процесс завершился с кодом ${code}`)
      stop()
    }
  })

const apiOk = await waitForUrl(`${apiUrl}/health`)
const portalOk = await waitForUrl(`http://127.0.0.1:${portalPort}/login`)
if (!apiOk) console.warn(`API не отвечает: ${apiUrl}/health`)
if (portalOk) {
  console.log(`
Портал ForteLeasing: ${portalUrl}
  Вход клиента:  БИН 200940026146 (Директор); код придёт в «Почта (демо)» на странице входа
                 (${apiUrl}/dev/outbox)
  Вход Forte:    admin_1C / pass_1C
Остановить: Ctrl+C`)
}
