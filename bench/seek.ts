import type { BrowserContext } from '@playwright/test'

/**
 * Opens the report page, waits for the player to know the video, seeks to the middle and waits
 * until it can play there. Counts every byte of the video the browser received on the way.
 */
export async function seekBytes(
  context: BrowserContext,
  refKey: string,
): Promise<{ bytes: number; requests: number; ranges: number }> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const videoRequests = new Set<string>()
  let bytes = 0
  let ranges = 0
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.includes('/api/videos/')) {
      videoRequests.add(e.requestId)
      if (e.request.headers.Range || e.request.headers.range) ranges++
    }
  })
  cdp.on('Network.dataReceived', (e) => {
    if (videoRequests.has(e.requestId)) bytes += e.encodedDataLength || e.dataLength
  })
  await page.goto(`/reports/${refKey}`)
  const video = page.locator('video').first()
  await video.waitFor({ state: 'attached', timeout: 30_000 })
  await page.waitForFunction(
    () => {
      const v = document.querySelector('video')
      return !!v && Number.isFinite(v.duration) && v.duration > 0
    },
    undefined,
    { timeout: 30_000 },
  )
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const v = document.querySelector('video')!
        v.addEventListener('seeked', () => resolve(), { once: true })
        v.currentTime = v.duration / 2
      }),
  )
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 3, undefined, {
    timeout: 30_000,
  })
  await page.waitForTimeout(500) // let in-flight chunks land, so they are counted
  await page.close()
  return { bytes, requests: videoRequests.size, ranges }
}
