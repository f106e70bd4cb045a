import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

const started: ChildProcess[] = []
process.on('exit', () => {
  for (const c of started) c.kill('SIGKILL')
})

/** Starts a program; its output is kept quiet unless BENCH_VERBOSE is set, or goes to the file `stdout` opens. */
export function launch(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
  stdout?: number,
): ChildProcess {
  const quiet = process.env.BENCH_VERBOSE ? 'inherit' : 'ignore'
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: stdout === undefined ? quiet : ['ignore', stdout, quiet],
  })
  started.push(child)
  return child
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  await new Promise<void>((r) => {
    child.once('exit', () => r())
    child.kill('SIGTERM')
  })
}

export async function waitFor(url: string, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer in ${seconds} s`)
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {}
  }
  let total = 0
  const visit = (pid: number) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += m ? Number(m[1]) * 1024 : 0
    } catch {}
    for (const c of children.get(pid) ?? []) visit(c)
  }
  visit(rootPid)
  return total
}

/**
 * CPU time (user + system) a process has used so far, in ms (Linux /proc; 100 clock ticks a second).
 * Less swayed than wall time by what else the machine runs.
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** Samples the peak RSS growth of a process tree while `work` runs. */
export async function peakRssGrowth<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const base = treeRss(pid)
  let peak = base
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid))
  }, 20)
  try {
    const result = await work()
    peak = Math.max(peak, treeRss(pid))
    return { result, growth: peak - base }
  } finally {
    clearInterval(timer)
  }
}
