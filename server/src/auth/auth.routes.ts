import { IdentitySchema, LoginSchema, PasswordChangeSchema, SIGNED_IN } from '@rcm/shared'
import { actorOf } from '../http/access'
import { unauthorized } from '../http/errors'
import { routeTable } from '../http/route-table'
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie'
import { usersRepository } from '../users/users.repository'
import { changeOwnPassword, signIn, signOut, toIdentity } from './auth.service'

/** `/api/auth`: sign in, sign out, who am I, change my password (docs/contract.md, "Sign-in and roles"). */
export const authRoutes = routeTable('/api/auth', 'Sign-in', [
  {
    method: 'POST',
    path: '/login',
    access: 'public',
    summary: 'Sign in',
    description:
      'Sets an HttpOnly, SameSite=Strict session cookie. The 401 is the same whether or not the email exists.',
    body: LoginSchema,
    ok: { description: 'The signed-in identity', json: IdentitySchema, headers: ['Set-Cookie'] },
    errors: { 401: 'Bad credentials', 429: 'Too many failed attempts for this account or address' },
    handler: async (req, res, { db, settings }) => {
      const input = LoginSchema.parse(req.body ?? {})
      const { token, identity } = await signIn(db, settings, {
        ...input,
        address: req.ip ?? 'unknown',
        previousToken: sessionToken(req),
      })
      setSessionCookie(req, res, token, settings.absoluteMs)
      res.json(identity)
    },
  },
  {
    method: 'POST',
    path: '/logout',
    access: SIGNED_IN,
    summary: 'Sign out',
    description: 'Ends this session on the server.',
    ok: { status: 204, description: 'Signed out' },
    handler: (req, res, { db, settings }) => {
      const token = sessionToken(req)
      if (token !== undefined) signOut(db, settings, token)
      clearSessionCookie(req, res)
      res.status(204).end()
    },
  },
  {
    method: 'GET',
    path: '/me',
    access: SIGNED_IN,
    summary: 'Who is signed in',
    ok: { description: 'The signed-in identity', json: IdentitySchema },
    handler: (_req, res, { db }) => {
      const user = usersRepository.findById(db, actorOf(res).id ?? 0)
      if (!user) throw unauthorized()
      res.json(toIdentity(user))
    },
  },
  {
    method: 'POST',
    path: '/password',
    access: SIGNED_IN,
    summary: 'Change your own password',
    description: 'Needs the current password; your other sessions end.',
    body: PasswordChangeSchema,
    ok: { status: 204, description: 'Changed' },
    handler: async (req, res, { db, settings }) => {
      const input = PasswordChangeSchema.parse(req.body ?? {})
      await changeOwnPassword(db, settings, actorOf(res), res.locals.sessionToken ?? '', input)
      res.status(204).end()
    },
  },
])
