import { createCipheriv, createDecipheriv, hash, randomBytes } from 'node:crypto'
import { generateSecret, generateURI, verifySync } from 'otplib'

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30
/** A code from the step before or after now also counts: a phone's clock a little off still works. */
const SKEW_STEPS = 1
const ISSUER = 'RCM Calendar'

/** A new random 160-bit secret, base32 as the apps read it. */
export const newTotpSecret = (): string => generateSecret()

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, email: string): string =>
  generateURI({ issuer: ISSUER, label: email, secret, algorithm: 'sha1', digits: 6, period: PERIOD_SECONDS })

/**
 * The time step `code` belongs to, within one step of `now`, or null. A step
 * at or before `afterStep` (the last one accepted) never matches, so a code
 * cannot be used twice.
 */
export function totpStep(secret: string, code: string, now: Date, afterStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const result = verifySync({
    secret,
    token: code,
    algorithm: 'sha1',
    digits: 6,
    period: PERIOD_SECONDS,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD_SECONDS * SKEW_STEPS,
    ...(afterStep !== null && { afterTimeStep: afterStep }),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

/** AES-256-GCM: `iv.tag.ciphertext`, each base64url. The user id is the additional data, so a sealed secret moved to another user does not open. */
export function sealSecret(key: Buffer, userId: number, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(String(userId)))
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.')
}

export function openSecret(key: Buffer, userId: number, sealed: string): string {
  const [iv = '', tag = '', data = ''] = sealed.split('.')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(String(userId)))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A recovery code: 16 characters from 31 that are hard to confuse (79 random bits), in groups of four. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16)
  // 256 % 31 leaves a bias under 1 %: well below what would help a guesser against 79 bits.
  const chars = [...bytes].map((byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length] ?? 'a')
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join('')).join('-')
}

/** The stored form of a recovery code: SHA-256 of it without case, spaces or dashes. */
export const recoveryCodeHash = (code: string): string =>
  hash('sha256', code.toLowerCase().replace(/[\s-]/g, ''), 'hex')
