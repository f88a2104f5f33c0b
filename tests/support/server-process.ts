import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { EventInputSchema } from '@rcm/shared'
import { build } from 'esbuild'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { sessionsRepository } from '../../server/src/auth/sessions.repository'
import { createEvent } from '../../server/src/events/events.service'
import { SESSION_COOKIE } from '../../server/src/http/session-cookie'
import { usersRepository } from '../../server/src/users/users.repository'
import { buildEvent } from './builders'
import { freePort } from './loopback'
import { createTestDb } from './test-db'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Bundles server/src/main.ts as `npm start` runs it (scripts/build-server.mjs),
 * into a file of its own, and returns its path: a bundle starts much faster
 * than tsx, which keeps tests that start the server dozens of times short
 * (decision 015). The file sits two folders below the root, as
 * server/dist/main.js does, so the server finds migrations/ the same way.
 */
export async function buildServerBundle(): Promise<{ path: string; remove(): void }> {
  const dir = `${ROOT}node_modules/.server-tests-${randomBytes(6).toString('hex')}`
  mkdirSync(dir, { recursive: true })
  const path = `${dir}/main.js`
  await build({
    entryPoints: [`${ROOT}server/src/main.ts`],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  })
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface ServerProcess {
  url: string
  child: ChildProcess
  /** Everything it wrote to stdout and stderr so far. */
  output(): string
  /** SIGKILL: no shutdown code runs, as in a crash or a power cut. */
  kill(): Promise<void>
  /** SIGTERM, the orderly shutdown; resolves with the exit code. */
  stop(): Promise<number | null>
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}

function spawnServer(bundle: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', SEED_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

/**
 * Starts the bundled server over `databasePath` on a free loopback port and
 * resolves once it listens (it prints its address then). A port taken in
 * between by someone else is retried with another.
 */
export async function startServerProcess(
  bundle: string,
  databasePath: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    const { child, output } = spawnServer(bundle, { ...env, DATABASE_PATH: databasePath, PORT: String(port) })
    const listening = await new Promise<boolean>((resolve) => {
      const onData = () => {
        if (output().includes(`:${port} (database`)) resolve(true)
      }
      child.stdout?.on('data', onData)
      child.once('exit', () => resolve(false))
    })
    if (!listening) {
      if (attempt < 3 && output().includes('Cannot listen')) continue
      throw new Error(`The server exited before listening:\n${output()}`)
    }
    return {
      url: `http://127.0.0.1:${port}`,
      child,
      output,
      async kill() {
        child.kill('SIGKILL')
        await exited(child)
      },
      async stop() {
        child.kill('SIGTERM')
        return exited(child)
      },
    }
  }
}

/** Starts the bundled server where it is expected to refuse: its exit code and what it printed. */
export async function runServerUntilExit(
  bundle: string,
  databasePath: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SEED_DEMO: '0', ...env, DATABASE_PATH: databasePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const code = await exited(child)
  clearTimeout(timer)
  return { code, stdout, stderr }
}

/** `npm run <script> -- ...args` as an operator runs it, with DATABASE_PATH set: exit code and output. */
export function runNpmScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return exited(child).then((code) => ({ code, stdout, stderr }))
}

/**
 * A new, migrated database file with one administrator and a session for
 * them, for a server process to open; `events` drafts are created too.
 * Returns the session cookie to send and the events' ids.
 */
export function createDatabaseFile(path: string, events = 0): { cookie: string; eventIds: number[] } {
  const db = createTestDb(path)
  try {
    const now = new Date().toISOString()
    // No password: the tests sign in with the session below, never through the slow hash.
    const userId = usersRepository.insert(
      db,
      { email: 'admin@example.org', fullName: 'Admin', role: 'admin', active: true, passwordHash: 'none' },
      now,
    )
    const token = randomBytes(32).toString('base64url')
    sessionsRepository.insert(db, token, userId, now)
    const eventIds = Array.from(
      { length: events },
      () => createEvent(db, SYSTEM_ACTOR, EventInputSchema.parse(buildEvent()), { status: 'draft' }).id,
    )
    return { cookie: `${SESSION_COOKIE}=${token}`, eventIds }
  } finally {
    db.close()
  }
}

/** A JSON call to the server with the session cookie; the body parsed when it is JSON. */
export async function callApi(
  url: string,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Cookie: cookie, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed }
}
