// `npm run dev`: both programs in watch mode.
import { bin, ensureDependencies, persistentSecret, startChild } from './lib.mjs'

ensureDependencies()
const apiPort = process.env.FORTE_API_PORT || '4010'
const OFF = ['0', 'false', 'off', 'no']
// The demo reads sign-in codes from the API's dev mailbox (the sign-in page links to it).
const devMailbox = OFF.includes(process.env.DEV_MAILBOX ?? '') ? '0' : '1'
if (devMailbox === '1')
  console.log('Демо-почта API включена (DEV_MAILBOX=1): коды входа — в «Почта (демо)» на странице входа')
const children = [
  startChild('api', bin('tsx'), ['watch', 'server/src/server.ts'], {
    FORTE_API_PORT: apiPort,
    DEV_MAILBOX: devMailbox,
  }),
  startChild('portal', bin('next'), ['dev', '-p', process.env.PORT || '3000'], {
    FORTE_API_URL: process.env.FORTE_API_URL || `http://127.0.0.1:${apiPort}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || persistentSecret('nextauth-secret'),
  }),
]
const stop = () => {
  for (const c of children) c.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
