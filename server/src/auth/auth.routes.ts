import {
  EmailChangeSchema,
  IdentitySchema,
  LoginAnswerSchema,
  LoginSchema,
  MfaCodeSchema,
  MfaConfirmedSchema,
  MfaEnrolmentSchema,
  MfaEnrolSchema,
  MfaStatusSchema,
  MfaVerifySchema,
  PasswordChangeSchema,
  ReauthSchema,
  RecoveryCodesSchema,
  SECOND_FACTOR,
  SIGNED_IN,
} from '@rcm/shared'
import type { Request, Response } from 'express'
import { actorOf } from '../http/access'
import { unauthorized } from '../http/errors'
import { routeTable } from '../http/route-table'
import { clearSessionCookie, sessionToken, setSessionCookie } from '../http/session-cookie'
import { usersRepository } from '../users/users.repository'
import { changeOwnEmail, changeOwnPassword } from './account.service'
import { cookieLifetime, signIn, signOut, toIdentity } from './auth.service'
import {
  confirmEnrolment,
  disableSecondFactor,
  mfaStatus,
  regenerateRecoveryCodes,
  startEnrolment,
  verifySecondFactor,
  type SecondFactorCaller,
} from './mfa.service'

const address = (req: Request) => req.ip ?? 'unknown'

/** The session of a second-factor call, as `access` found it. */
function caller(req: Request, res: Response): SecondFactorCaller {
  const { id } = actorOf(res)
  const token = res.locals.sessionToken
  if (id === null || token === undefined) throw unauthorized()
  return { userId: id, token, stage: res.locals.sessionStage ?? 'full', address: address(req) }
}

const REAUTH =
  'Needs `currentPassword`, and `code` (a current code) when you have a second factor: 400 on the field when wrong, counted as failed sign-ins are.'

/** `/api/auth`: sign in (with a second factor when due), sign out, who am I, one's own account (docs/contract.md, "Sign-in and roles"). */
export const authRoutes = routeTable('/api/auth', 'Sign-in', [
  {
    method: 'POST',
    path: '/login',
    access: 'public',
    summary: 'Sign in',
    description:
      'Sets an HttpOnly, SameSite=Strict session cookie. The 401 is the same whether or not the email exists. ' +
      'When a second factor is due the answer is `{"mfa": "required"}` (give a code: /mfa/verify) or `{"mfa": "enrol"}` ' +
      '(set one up: /mfa/enrol then /mfa/confirm), and the cookie opens only those calls, for 10 minutes.',
    body: LoginSchema,
    ok: {
      description: 'The signed-in identity, or the second-factor step due',
      json: LoginAnswerSchema,
      headers: ['Set-Cookie'],
    },
    errors: { 401: 'Bad credentials', 429: 'Too many failed attempts for this account or address' },
    handler: async (req, res, { db, settings }) => {
      const input = LoginSchema.parse(req.body ?? {})
      const { token, answer, stage } = await signIn(db, settings, {
        ...input,
        address: address(req),
        previousToken: sessionToken(req),
      })
      setSessionCookie(req, res, token, cookieLifetime(settings, stage))
      res.json(answer)
    },
  },
  {
    method: 'POST',
    path: '/logout',
    access: SECOND_FACTOR,
    summary: 'Sign out',
    description: 'Ends this session on the server, also one still waiting for its second factor.',
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
    description: 'Like any call, it keeps the session from its idle timeout; the admin app calls it while you work.',
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
    description: `${REAUTH} Your other sessions end.`,
    body: PasswordChangeSchema,
    ok: { status: 204, description: 'Changed' },
    errors: { 429: 'Too many failed attempts' },
    handler: async (req, res, { db, settings }) => {
      const input = PasswordChangeSchema.parse(req.body ?? {})
      await changeOwnPassword(db, settings, actorOf(res), res.locals.sessionToken ?? '', input, address(req))
      res.status(204).end()
    },
  },
  {
    method: 'POST',
    path: '/email',
    access: SIGNED_IN,
    summary: 'Change your own email',
    description: REAUTH,
    body: EmailChangeSchema,
    ok: { description: 'The identity with the new email', json: IdentitySchema },
    errors: { 429: 'Too many failed attempts' },
    handler: async (req, res, { db, settings }) => {
      const input = EmailChangeSchema.parse(req.body ?? {})
      res.json(await changeOwnEmail(db, settings, actorOf(res), input, address(req)))
    },
  },
  {
    method: 'GET',
    path: '/mfa',
    access: SIGNED_IN,
    summary: 'Your second factor',
    description: 'Whether it is on, whether your role must have one, and how many recovery codes are left.',
    ok: { description: 'The state of your second factor', json: MfaStatusSchema },
    handler: (_req, res, { db, settings }) => {
      res.json(mfaStatus(db, settings, actorOf(res)))
    },
  },
  {
    method: 'POST',
    path: '/mfa/enrol',
    access: SECOND_FACTOR,
    summary: 'Start setting up a second factor',
    description:
      'A new TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s) and its otpauth:// URI, for an authenticator app; shown this once. ' +
      'While signing in (after `{"mfa": "enrol"}`) the body is empty; from a full session it needs `currentPassword`.',
    body: MfaEnrolSchema,
    bodyOptional: true,
    ok: { description: 'The secret to put in the app', json: MfaEnrolmentSchema },
    errors: { 429: 'Too many failed attempts' },
    conflict: { why: 'A second factor is already on' },
    handler: async (req, res, { db, settings }) => {
      const input = MfaEnrolSchema.parse(req.body ?? {})
      res.json(await startEnrolment(db, settings, caller(req, res), input))
    },
  },
  {
    method: 'POST',
    path: '/mfa/confirm',
    access: SECOND_FACTOR,
    summary: 'Finish setting up a second factor',
    description:
      'A first code from the app turns the factor on and gives ten single-use recovery codes, shown this once; ' +
      'a session that was signing in becomes full (a new cookie). A wrong code is a 400 on `code`.',
    body: MfaCodeSchema,
    ok: { description: 'The identity and the recovery codes', json: MfaConfirmedSchema, headers: ['Set-Cookie'] },
    errors: { 429: 'Too many failed attempts' },
    conflict: { why: 'No enrolment started' },
    handler: (req, res, { db, settings }) => {
      const { code } = MfaCodeSchema.parse(req.body ?? {})
      const { token, identity, recoveryCodes } = confirmEnrolment(db, settings, caller(req, res), code)
      if (token !== undefined) setSessionCookie(req, res, token, settings.absoluteMs)
      res.json({ ...identity, recoveryCodes })
    },
  },
  {
    method: 'POST',
    path: '/mfa/verify',
    access: SECOND_FACTOR,
    summary: 'Give the second factor',
    description:
      'After `{"mfa": "required"}`: `{"code"}` from the app or `{"recoveryCode"}` (each works once). ' +
      'Right: the identity and a full session (a new cookie). Wrong: 401, counted as a wrong password is.',
    body: MfaVerifySchema,
    ok: { description: 'The signed-in identity', json: IdentitySchema, headers: ['Set-Cookie'] },
    errors: { 401: 'Wrong or used code', 429: 'Too many failed attempts' },
    conflict: { why: 'This session is not waiting for a code' },
    handler: (req, res, { db, settings }) => {
      const input = MfaVerifySchema.parse(req.body ?? {})
      const { token, identity } = verifySecondFactor(db, settings, caller(req, res), input)
      setSessionCookie(req, res, token, settings.absoluteMs)
      res.json(identity)
    },
  },
  {
    method: 'POST',
    path: '/mfa/disable',
    access: SIGNED_IN,
    summary: 'Turn your second factor off',
    description: `${REAUTH} Refused (409) when your role must have one.`,
    body: ReauthSchema,
    ok: { status: 204, description: 'Turned off' },
    errors: { 429: 'Too many failed attempts' },
    conflict: { why: 'No second factor, or your role must have one' },
    handler: async (req, res, { db, settings }) => {
      await disableSecondFactor(db, settings, actorOf(res), ReauthSchema.parse(req.body ?? {}), address(req))
      res.status(204).end()
    },
  },
  {
    method: 'POST',
    path: '/mfa/recovery-codes',
    access: SIGNED_IN,
    summary: 'New recovery codes',
    description: `${REAUTH} Ten new codes replace the old ones, used or not; shown this once.`,
    body: ReauthSchema,
    ok: { description: 'The new recovery codes', json: RecoveryCodesSchema },
    errors: { 429: 'Too many failed attempts' },
    conflict: { why: 'No second factor' },
    handler: async (req, res, { db, settings }) => {
      const input = ReauthSchema.parse(req.body ?? {})
      res.json({ recoveryCodes: await regenerateRecoveryCodes(db, settings, actorOf(res), input, address(req)) })
    },
  },
])
