// `npm start`: installs what is missing, builds what is not built, starts the API and the portal.
import {
  bin,
  ensureDependencies,
  ensurePortalBuilt,
  persistentSecret,
  portalCommand,
  startChild,
  waitForUrl,
} from './lib.mjs'

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
const OFF = ['0', 'false', 'off', 'no']
// The demo reads sign-in codes from the API's dev mailbox; a real deployment sends them by SMTP.
const devMailbox =
  ownApi && process.env.NODE_ENV !== 'production' ? (OFF.includes(process.env.DEV_MAILBOX ?? '') ? '0' : '1') : '0'
if (ownApi)
  children.push(
    startChild('api', bin('tsx'), ['server/src/server.ts'], { FORTE_API_PORT: apiPort, DEV_MAILBOX: devMailbox }),
  )
children.push(startChild('portal', ...portalCommand(['-p', portalPort]), env))

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
  const mailbox =
    devMailbox === '1'
      ? `код придёт в «Почта (демо)» на странице входа
                 (демо-почта включена: DEV_MAILBOX=1, ${apiUrl}/dev/outbox; для работы по-настоящему: DEV_MAILBOX=0 и SMTP_URL)`
      : 'код придёт письмом на почту компании (SMTP_URL)'
  console.log(`
Портал ForteLeasing: ${portalUrl}
  Вход клиента:  БИН 200940026146 (Директор); ${mailbox}
  Вход Forte:    admin_1C / pass_1C
Остановить: Ctrl+C`)
}
