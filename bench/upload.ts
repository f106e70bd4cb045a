import { openAsBlob, statSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { peakRssGrowth } from './lib/processes'

export type UploadRun = {
  seconds: number
  mibPerSecond: number
  status: number
  rssGrowth: { api: number; portal?: number }
}

function form(file: Blob, refKey: string): FormData {
  const f = new FormData()
  f.set('ref_key', refKey)
  f.set('time_sent', new Date().toISOString().slice(0, 19).replace('T', ' '))
  f.set('lat', '43.238949')
  f.set('long', '76.889709')
  f.set('file', file, 'inspection.mp4')
  return f
}

/** Sends `filePath` for `refKey` to `url`, measuring the time and the peak RSS growth of the servers. */
export async function timedUpload(
  url: string,
  headers: Record<string, string>,
  filePath: string,
  refKey: string,
  procs: { api: ChildProcess; portal?: ChildProcess },
): Promise<UploadRun> {
  const size = statSync(filePath).size
  const blob = await openAsBlob(filePath, { type: 'video/mp4' }) // read from disk as it is sent
  const body = form(blob, refKey)
  let portalGrowth: number | undefined
  const send = async () => {
    const t0 = performance.now()
    const res = await fetch(url, { method: 'POST', headers, body })
    await res.arrayBuffer()
    return { status: res.status, seconds: (performance.now() - t0) / 1000 }
  }
  const measured = await peakRssGrowth(procs.api.pid!, async () => {
    if (!procs.portal) return send()
    const inner = await peakRssGrowth(procs.portal.pid!, send)
    portalGrowth = inner.growth
    return inner.result
  })
  const { status, seconds } = measured.result
  return {
    seconds,
    status,
    mibPerSecond: size / 1024 / 1024 / seconds,
    rssGrowth: { api: measured.growth, portal: portalGrowth },
  }
}
