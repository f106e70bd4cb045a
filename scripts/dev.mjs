// `npm run dev`: both programs in watch mode.
import { bin, ensureDependencies, persistentSecret, startChild } from './lib.mjs'

ensureDependencies()
const apiPort = process.env.FORTE_API_PORT || '4010'
const children = [
  startChild('api', bin('tsx'), ['watch', 'server/src/server.ts'], { FORTE_API_PORT: apiPort }),
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
