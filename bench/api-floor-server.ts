/**
 * The API latency floor as a process of its own (api-latency.ts `serveFloor`): argv = database URL,
 * company BIIN. Prints `{"url","count"}` on one line, then serves until it is stopped.
 */
import { serveFloor } from './api-latency'

const [databaseUrl, biin] = process.argv.slice(2)
if (!databaseUrl || !biin) throw new Error('usage: api-floor-server.ts <database url> <biin>')
console.log(JSON.stringify(await serveFloor(databaseUrl, biin)))
// The bench holds our stdin open: its end means the bench is gone.
process.stdin.on('end', () => process.exit(0)).resume()
