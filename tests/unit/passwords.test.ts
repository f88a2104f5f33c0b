import { expect, test } from 'vitest'
import { hashPassword, passwordWeakness, verifyPassword } from '../../server/src/auth/passwords'

const CHEAP = { N: 1024, r: 8, p: 1 }

test('verifies the password a hash was made from, and nothing else', async () => {
  const hash = await hashPassword('correct horse battery', CHEAP)

  expect(await verifyPassword('correct horse battery', hash)).toBe(true)
  expect(await verifyPassword('correct horse batterY', hash)).toBe(false)
  expect(await verifyPassword('correct horse battery', 'not a hash')).toBe(false)
  expect(await hashPassword('correct horse battery', CHEAP)).not.toBe(hash)
})

test('refuses short, common, repetitive and email-based passwords', () => {
  expect(passwordWeakness('eleven char', 'a@b.org')).toMatch(/12/)
  expect(passwordWeakness('Password1234', 'a@b.org')).toMatch(/common/)
  expect(passwordWeakness('abababababab', 'a@b.org')).toMatch(/different/)
  expect(passwordWeakness('maria.perez-2026', 'maria.perez@example.org')).toMatch(/email/)
  expect(passwordWeakness('lanterns over the harbour', 'maria@example.org')).toBeNull()
})
