import type { EmailChange, Identity, PasswordChange } from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { badRequest } from '../http/errors'
import { say } from '../i18n/messages'
import { usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { assertStrongPassword, toIdentity } from './auth.service'
import { reauthenticate } from './mfa.service'
import { hashPassword } from './passwords'
import { sessionsRepository } from './sessions.repository'

/**
 * Changes the signed-in user's own password after re-authentication (the
 * current password, and a code with a second factor: 400 on the field when
 * wrong, not 401, as the session is fine). Every other session of the user
 * ends; this one stays.
 */
export async function changeOwnPassword(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  token: string,
  input: PasswordChange,
  address: string,
): Promise<void> {
  const { user } = await reauthenticate(db, settings, actor, input, address)
  assertStrongPassword(input.newPassword, user.email, 'newPassword')
  const hash = await settings.hashing.run('first', () => hashPassword(input.newPassword, settings.scrypt))
  writeTransaction(db, () => {
    const now = settings.now()
    usersRepository.setPasswordHash(db, user.id, hash, now.toISOString())
    const ended = sessionsRepository.removeAllOfUser(db, user.id, token)
    recordAudit(db, actor, 'auth.password-change', { type: 'users', id: user.id }, { sessionsEnded: ended }, now)
  })
}

/** Changes the signed-in user's own email after re-authentication; 400 on `email` when another account has it. */
export async function changeOwnEmail(
  db: Db,
  settings: AuthSettings,
  actor: Actor,
  input: EmailChange,
  address: string,
): Promise<Identity> {
  const { user } = await reauthenticate(db, settings, actor, input, address)
  return writeTransaction(db, () => {
    if (usersRepository.emailTaken(db, input.email, user.id)) throw badRequest({ email: say('emailTaken') })
    const now = settings.now()
    usersRepository.update(db, user.id, { ...user, email: input.email }, now.toISOString())
    const details = { email: { from: user.email, to: input.email } }
    recordAudit(db, actor, 'auth.email-change', { type: 'users', id: user.id }, details, now)
    return toIdentity({ ...user, email: input.email })
  })
}
