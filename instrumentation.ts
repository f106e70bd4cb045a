/** Next runs `register` once when a server process starts (Node and edge runtimes alike). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { releaseAbortStacks } = await import('@/lib/server/release-abort-stacks')
  releaseAbortStacks()
}
