import type { RequestHandler } from 'express'
import { say } from '../i18n/messages'
import { HttpError } from './errors'

/** The name in a Host header, lower case, without its port or a final dot: `Example.org.:443` → `example.org`, `[::1]:3000` → `[::1]`. */
export function hostName(host: string): string {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '')
  return name.toLowerCase().replace(/\.$/, '')
}

const isLoopback = (name: string) =>
  name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name)

/**
 * Whether a request's Host header names this server: a loopback name, the
 * host of PUBLIC_SITE_URL, or one of ALLOWED_HOSTS (names, any port).
 * Without PUBLIC_SITE_URL the feeds build their links and ICS UIDs from the
 * Host header, and shared caches keep them a minute: a forged name would be
 * served to others. Refusing other names also stops DNS rebinding, where a
 * site's own name is pointed at a server on the visitor's machine.
 */
export function hostAllowList(options: {
  publicSiteUrl?: string
  allowedHosts?: readonly string[]
}): (host: string | undefined) => boolean {
  const names = new Set((options.allowedHosts ?? []).map(hostName))
  if (options.publicSiteUrl !== undefined) names.add(hostName(new URL(options.publicSiteUrl).host))
  return (host) => {
    if (host === undefined) return false
    const name = hostName(host)
    return isLoopback(name) || names.has(name)
  }
}

/** Answers 400 (in the request's language) to a request whose Host is not on the list, before anything reads it. */
export function allowedHosts(isAllowed: (host: string | undefined) => boolean): RequestHandler {
  return (req, _res, next) => {
    next(isAllowed(req.headers.host) ? undefined : new HttpError(400, say('unknownHost')))
  }
}
