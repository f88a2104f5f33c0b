import type { Role } from '@rcm/shared'
import type { AuthProvider } from 'react-admin'
import { vi } from 'vitest'
import { canRoleAccess } from '../../client/src/providers/access'

/** A signed-in user of `role`, with the app's role table for canAccess. */
export function fakeAuthProvider(role: Role, fullName = `Test ${role}`) {
  const identity = { id: 1, fullName, email: `${role}@example.org`, role }
  return {
    login: vi.fn(async () => undefined),
    logout: vi.fn(async () => undefined),
    checkAuth: vi.fn(async () => undefined),
    checkError: vi.fn(async () => undefined),
    getIdentity: vi.fn(async () => identity),
    getPermissions: vi.fn(async () => role),
    canAccess: vi.fn(async ({ resource, action, record }: { resource: string; action: string; record?: unknown }) =>
      canRoleAccess(role, { resource, action, record }),
    ),
  } satisfies AuthProvider
}
