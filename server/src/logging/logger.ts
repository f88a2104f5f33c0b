import pino, { type Logger } from 'pino'

export type { Logger }

/**
 * What never goes to the log, wherever it turns up in a logged object: the
 * request logger logs no body, header or cookie, and this catches a secret
 * put in a log call by mistake (docs/logging.md).
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.sessionToken',
  '*.code',
  '*.recoveryCode',
  '*.recoveryCodes',
  '*.secret',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
]

/** The default level: LOG_LEVEL, else quiet under the test runner and `info` otherwise. */
export function logLevel(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOG_LEVEL) return env.LOG_LEVEL
  return env.VITEST || env.NODE_ENV === 'test' ? 'silent' : 'info'
}

/**
 * The app's logger: one JSON object per line (pino) on `destination`, by
 * default standard output written asynchronously (sonic-boom), so a request
 * does not wait for the terminal or the pipe. `flush()` it before exiting.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const destination = options.destination ?? pino.destination({ dest: 1, sync: false })
  return pino(
    {
      level: options.level ?? logLevel(),
      base: { pid: process.pid },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  )
}

let standardLogger: Logger | undefined

/** The one logger on standard output that apps share when given none (one stream, however many apps a process makes). */
export function defaultLogger(): Logger {
  standardLogger ??= createLogger()
  return standardLogger
}
