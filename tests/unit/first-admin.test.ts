import { afterEach, beforeEach, expect, test } from 'vitest'
import { authSettings } from '../../server/src/auth/auth-settings'
import { ensureFirstAdmin, FirstAdminError } from '../../server/src/auth/first-admin'
import type { Db } from '../../server/src/db/connection'
import { usersRepository } from '../../server/src/users/users.repository'
import { TEST_SCRYPT } from '../support/api'
import { createTestDb } from '../support/test-db'

let db: Db
beforeEach(() => {
  db = createTestDb()
})
afterEach(() => db.close())

const settings = authSettings({ scrypt: TEST_SCRYPT })
const refusalOf = (email: string | undefined, password: string) =>
  ensureFirstAdmin(db, settings, { email, password }).then(
    () => null,
    (error: unknown) => (error instanceof FirstAdminError ? error.message : error),
  )

test.each([
  ['admin@example.org', 'short', 'ADMIN_PASSWORD must be at least 12 characters'],
  ['admin@example.org', 'x'.repeat(257), 'ADMIN_PASSWORD must be at most 256 characters'],
  ['admin@example.org', 'password1234', 'ADMIN_PASSWORD is on the list of the most common passwords; choose another'],
  ['admin@example.org', 'abcabcabcabcabc', 'ADMIN_PASSWORD must use at least 4 different characters'],
  [
    'secretariat@example.org',
    'my-Secretariat-2026',
    `ADMIN_PASSWORD may not contain the e-mail's name ("secretariat" of ADMIN_EMAIL secretariat@example.org)`,
  ],
  ['secretariat', 'a long and unusual passphrase', 'ADMIN_EMAIL must be an e-mail address (it is "secretariat")'],
])('refuses ADMIN_EMAIL %s with a password that breaks a rule: "%s"', async (email, password, message) => {
  expect(await refusalOf(email, password)).toBe(message)
  expect(usersRepository.count(db)).toBe(0)
})

test('creates the administrator from a good ADMIN_PASSWORD, and only on a database without users', async () => {
  expect(await ensureFirstAdmin(db, settings, { password: 'a long and unusual passphrase' })).toEqual({
    email: 'admin@example.org',
    generatedPassword: null,
  })
  expect(await ensureFirstAdmin(db, settings, { password: 'short' })).toBeNull()
  expect(usersRepository.count(db)).toBe(1)
})
