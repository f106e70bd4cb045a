import { describe, expect, it } from 'vitest'
import { collectGarbage } from '@/server/test/gc'
import { releaseAbortStacks } from './release-abort-stacks'

/** What a server render looks like to the leak: a store with the page's data, aborted from one of its own methods. */
function render(reason: () => unknown) {
  const controller = new AbortController()
  const store = { page: new Uint8Array(4 << 20), finish: () => controller.abort(reason()) }
  store.finish.call(store)
  return { signal: controller.signal, page: new WeakRef(store.page) }
}

describe('releaseAbortStacks', () => {
  it('a finished render is freed although the signal it aborted, and the reason, live on', async () => {
    releaseAbortStacks()
    releaseAbortStacks() // a second install changes nothing
    const renders = [
      render(() => new Error('This render completed successfully.')),
      render(() => undefined), // Node makes a DOMException as the reason
    ]
    await new Promise((r) => setTimeout(r, 10))
    collectGarbage()
    expect(renders.map((r) => r.page.deref())).toEqual([undefined, undefined])
    // The signals keep their reasons, stacks included: only the frames' hold on the render is gone.
    expect((renders[0]!.signal.reason as Error).stack).toContain('This render completed successfully.')
    expect((renders[1]!.signal.reason as DOMException).name).toBe('AbortError')
  })
})
