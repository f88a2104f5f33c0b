import { randomBytes } from 'node:crypto'
import { SYSTEM_ACTOR } from '../actor'
import type { Db } from '../db/connection'
import { createUser } from '../users/users.service'
import { usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'

/**
 * On a database without any user, creates the first administrator from
 * ADMIN_EMAIL / ADMIN_PASSWORD; without ADMIN_PASSWORD a random one is
 * generated and returned, for main.ts to print once. Null when users exist.
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
  await createUser(db, settings, SYSTEM_ACTOR, {
    email,
    fullName: 'Administrator',
    role: 'admin',
    active: true,
    password,
  })
  return { email, generatedPassword }
}
