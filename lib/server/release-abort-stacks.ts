/**
 * Works around a memory leak of React's server renderer under Next 16 (vercel/next.js#97434,
 * react/react#37288): at the end of every render, React aborts its cache signal with an Error whose
 * stack V8 keeps as unformatted frames. Those frames hold the `setImmediate` callback the render ended
 * in, and through it the render's whole store (the API's answer, the page's HTML), and each such
 * Immediate links to the next one: every page view stayed in memory until the process ran out.
 * Reading the reason's `stack` once turns the frames into a string, which lets all of it go.
 * Installed once per process by `instrumentation.ts`; a no-op when already installed.
 */
const INSTALLED = Symbol.for('forte.releaseAbortStacks')

export function releaseAbortStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true }
  if (proto[INSTALLED]) return
  const abort = proto.abort
  proto.abort = function (this: AbortController, reason?: unknown) {
    abort.call(this, reason)
    // The reason as the signal holds it: the caller's, or the DOMException Node makes when none is given.
    const held: unknown = this.signal.reason
    if (held instanceof Error || (typeof DOMException !== 'undefined' && held instanceof DOMException))
      void (held as Error).stack
  }
  Object.defineProperty(proto, INSTALLED, { value: true })
}
