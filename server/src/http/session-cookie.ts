import type { Request, Response } from 'express'

export const SESSION_COOKIE = 'rcm_session'

/** The session token the browser sent, if any (no cookie-parser: one cookie is all we read). */
export function sessionToken(req: Request): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index > 0 && part.slice(0, index).trim() === SESSION_COOKIE) {
      const value = part.slice(index + 1).trim()
      return /^[\w-]{43}$/.test(value) ? value : undefined
    }
  }
  return undefined
}

/**
 * OWASP Session Management Cheat Sheet: HttpOnly (no script reads it),
 * SameSite=Strict (no cross-site request carries it), Secure over HTTPS
 * (`req.secure`, which honours TRUST_PROXY behind a reverse proxy).
 */
export function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/api',
    maxAge: maxAgeMs,
  })
}

export function clearSessionCookie(req: Request, res: Response) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/api' })
}
