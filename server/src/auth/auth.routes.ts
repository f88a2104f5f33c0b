import { LoginSchema, PasswordChangeSchema } from '@rcm/shared'
import { Router } from 'express'
import type { Db } from '../db/connection'
import { actorOf } from '../http/access'
import { unauthorized } from '../http/errors'
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie'
import { usersRepository } from '../users/users.repository'
import type { AuthSettings } from './auth-settings'
import { changeOwnPassword, signIn, signOut, toIdentity } from './auth.service'

/** `/api/auth`: sign in, sign out, who am I, change my password (docs/contract.md, "Sign-in and roles"). */
export function authRouter(db: Db, settings: AuthSettings): Router {
  const router = Router()

  router.post('/login', async (req, res) => {
    const input = LoginSchema.parse(req.body ?? {})
    const { token, identity } = await signIn(db, settings, {
      ...input,
      address: req.ip ?? 'unknown',
      previousToken: sessionToken(req),
    })
    setSessionCookie(req, res, token, settings.absoluteMs)
    res.json(identity)
  })

  router.post('/logout', (req, res) => {
    const token = sessionToken(req)
    if (token !== undefined) signOut(db, settings, token)
    clearSessionCookie(req, res)
    res.status(204).end()
  })

  router.get('/me', (_req, res) => {
    const user = usersRepository.findById(db, actorOf(res).id ?? 0)
    if (!user) throw unauthorized()
    res.json(toIdentity(user))
  })

  router.post('/password', async (req, res) => {
    const input = PasswordChangeSchema.parse(req.body ?? {})
    await changeOwnPassword(db, settings, actorOf(res), res.locals.sessionToken ?? '', input)
    res.status(204).end()
  })

  return router
}
