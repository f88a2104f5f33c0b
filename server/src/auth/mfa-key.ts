import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const KEY_BYTES = 32

function parseKey(text: string, where: string): Buffer {
  const trimmed = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64')
  if (key.length !== KEY_BYTES) throw new Error(`${where} must be 32 bytes, as 64 hex digits or base64`)
  return key
}

/**
 * The key that seals the TOTP secrets (decision 016): MFA_KEY when set, else
 * the file beside the database (`calendar.sqlite.mfa-key`), made on first
 * start with owner-only permissions. Kept apart from the database so that a
 * copy of the database or of its backups alone does not reveal the secrets.
 */
export function loadMfaKey(databasePath: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  if (env.MFA_KEY !== undefined && env.MFA_KEY !== '') return parseKey(env.MFA_KEY, 'MFA_KEY')
  const file = `${databasePath}.mfa-key`
  if (existsSync(file)) return parseKey(readFileSync(file, 'utf8'), file)
  mkdirSync(dirname(file), { recursive: true })
  const key = randomBytes(KEY_BYTES)
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  return key
}
