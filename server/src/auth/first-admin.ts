import { randomBytes } from 'node:crypto'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, UserCreateSchema } from '@rcm/shared'
import { SYSTEM_ACTOR } from '../actor'
import type { Db } from '../db/connection'
import { createUser } from '../users/users.service'
import { usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { brokenPasswordRule, MIN_DIFFERENT_CHARACTERS } from './passwords'

/** ADMIN_EMAIL or ADMIN_PASSWORD breaks a rule; the message names the variable and the rule, in one line. */
export class FirstAdminError extends Error {}

/** Why the first administrator cannot be made from these values, or null. Never repeats the password. */
function refusal(email: string, password: string): string | null {
  if (!UserCreateSchema.shape.email.safeParse(email).success) {
    return `ADMIN_EMAIL must be an e-mail address (it is "${email}")`
  }
  if (password.length > MAX_PASSWORD_LENGTH) return `ADMIN_PASSWORD must be at most ${MAX_PASSWORD_LENGTH} characters`
  switch (brokenPasswordRule(password, email)) {
    case 'tooShort':
      return `ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`
    case 'common':
      return 'ADMIN_PASSWORD is on the list of the most common passwords; choose another'
    case 'fewDifferentCharacters':
      return `ADMIN_PASSWORD must use at least ${MIN_DIFFERENT_CHARACTERS} different characters`
    case 'containsEmail':
      return `ADMIN_PASSWORD may not contain the e-mail's name ("${email.split('@')[0]}" of ADMIN_EMAIL ${email})`
    case null:
      return null
  }
}

/**
 * On a database without any user, creates the first administrator from
 * ADMIN_EMAIL / ADMIN_PASSWORD; without ADMIN_PASSWORD a random one is
 * generated and returned, for main.ts to print once. Null when users exist.
 * Throws FirstAdminError when either value breaks a rule.
 */
export async function ensureFirstAdmin(
  db: Db,
  settings: AuthSettings,
  env: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword: string | null } | null> {
  if (usersRepository.count(db) > 0) return null
  const email = env.email || 'admin@example.org'
  const generatedPassword = env.password ? null : randomBytes(18).toString('base64url')
  const password = env.password || generatedPassword || ''
  const reason = refusal(email, password)
  if (reason !== null) throw new FirstAdminError(reason)
  await createUser(db, settings, SYSTEM_ACTOR, {
    email,
    fullName: 'Administrator',
    role: 'admin',
    active: true,
    password,
  })
  return { email, generatedPassword }
}
