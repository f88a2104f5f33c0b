import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { MIN_PASSWORD_LENGTH, VALIDATION_MESSAGES } from '@rcm/shared'
import { say, type Text } from '../i18n/messages'
import { fromRoot } from '../paths'

export interface ScryptParams {
  N: number
  r: number
  p: number
}

/** OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1 (128 MiB, about 0.3 s). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** "scrypt$N$r$p$salt$hash": the parameters are stored with each hash, so they can be raised later. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** Constant-time comparison of `password` with a stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

const COMMON = new Set(
  readFileSync(fromRoot('server/src/auth/common-passwords.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#')),
)

/** The fewest different characters (case aside) a password must use. */
export const MIN_DIFFERENT_CHARACTERS = 4

/** The password rules beyond the maximum length, in the order they are checked. */
export type PasswordRule = 'tooShort' | 'common' | 'fewDifferentCharacters' | 'containsEmail'

/**
 * The first rule `password` breaks (NIST SP 800-63B §3.1.1.2: a list of
 * commonly used or expected passwords), or null when it is fine. An e-mail's
 * name (the part before @) counts from 4 characters.
 */
export function brokenPasswordRule(password: string, email: string): PasswordRule | null {
  const lower = password.toLowerCase()
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (COMMON.has(lower)) return 'common'
  if (new Set(lower).size < MIN_DIFFERENT_CHARACTERS) return 'fewDifferentCharacters'
  const local = email.toLowerCase().split('@')[0] ?? ''
  if (lower === email.toLowerCase() || (local.length >= 4 && lower.includes(local))) return 'containsEmail'
  return null
}

/** Why `password` is refused beyond its maximum length, as the API says it, or null when it is fine. */
export function passwordWeaknessText(password: string, email: string): Text | null {
  switch (brokenPasswordRule(password, email)) {
    case 'tooShort':
      return VALIDATION_MESSAGES.passwordTooShort
    case 'common':
      return say('commonPassword')
    case 'fewDifferentCharacters':
      return say('fewDifferentCharacters')
    case 'containsEmail':
      return say('passwordHasEmail')
    case null:
      return null
  }
}

/** passwordWeaknessText in English. */
export const passwordWeakness = (password: string, email: string): string | null =>
  passwordWeaknessText(password, email)?.en ?? null
