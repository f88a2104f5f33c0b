import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const children = new Set<ChildProcess>()

/** Ends every server this run started; called on exit and on Ctrl-C. */
export function stopAll(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  children.clear()
}

process.once('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopAll()
    process.exit(130)
  })
}

export interface Server {
  name: string
  origin: string
  child: ChildProcess
  /** Milliseconds from spawn to the first HTTP answer. */
  startMs: number
  stop(): Promise<void>
}

/** Spawns `command args` with `env` and waits until `probePath` answers on `port` (any status), at most `timeoutMs`. */
export async function startServer(options: {
  name: string
  command: string
  args: string[]
  env: Record<string, string>
  port: number
  probePath: string
  timeoutMs?: number
  log: (line: string) => void
}): Promise<Server> {
  const origin = `http://127.0.0.1:${options.port}`
  const started = performance.now()
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env, HOST: '127.0.0.1', PORT: String(options.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const deadline = started + (options.timeoutMs ?? 120_000)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode}:\n${output}`)
    try {
      await fetch(origin + options.probePath, { signal: AbortSignal.timeout(2000) })
      break
    } catch {
      if (performance.now() > deadline) {
        child.kill('SIGKILL')
        throw new Error(`${options.name} did not answer within ${options.timeoutMs ?? 120_000} ms:\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }
  const startMs = performance.now() - started
  options.log(`  ${options.name} answering on ${origin} after ${startMs.toFixed(0)} ms`)
  return {
    name: options.name,
    origin,
    child,
    startMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(timer)
          children.delete(child)
          resolve()
        })
        // SIGINT: the app closes its database and, under --cpu-prof, writes the profile.
        child.kill('SIGINT')
      }),
  }
}

/** Peak resident memory (heap and native, not the page cache) of `pid` since the last reset, in bytes; null off Linux. */
export function peakRss(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Resets the peak that `peakRss` reads (Linux: clear_refs 5). */
export function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole process life.
  }
}
