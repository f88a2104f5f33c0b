import type { Request, RequestHandler, Response } from 'express'
import helmet from 'helmet'

/** A Content-Security-Policy as directive → sources, e.g. `{ 'script-src': ["'self'"] }`. */
export type CspDirectives = Record<string, string[]>

export interface PageHeaderOptions {
  csp: CspDirectives
  /**
   * Who may frame the page, for browsers that know X-Frame-Options but not the CSP's `frame-ancestors`
   * (which should say the same): `any` site (the public calendar; its resources are then readable cross-origin too),
   * the `same-origin`, or `none`; `listed`: the origins the CSP's `frame-ancestors` names (X-Frame-Options
   * cannot name several, so it is left out and the CSP decides).
   */
  framedBy: 'any' | 'listed' | 'same-origin' | 'none'
}

const X_FRAME_OPTIONS = {
  any: false,
  listed: false,
  'same-origin': { action: 'sameorigin' },
  none: { action: 'deny' },
} as const

/** A year, with subdomains: what browsers and the HSTS preload list expect of a site that is HTTPS only. */
const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true })

/**
 * The security headers of an HTML page and what it loads (helmet): the CSP
 * as given (no defaults merged in, so the policy is the one written here),
 * nosniff, a referrer cut to the origin across sites, no X-Powered-By, and
 * Strict-Transport-Security only on a request that came over HTTPS
 * (`req.secure`, which honours TRUST_PROXY): sent over plain HTTP it would
 * mean nothing, and on `localhost` the browser would ignore it anyway.
 */
export function pageHeaders(options: PageHeaderOptions): RequestHandler {
  const framed = options.framedBy === 'any' || options.framedBy === 'listed'
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: options.csp },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: X_FRAME_OPTIONS[options.framedBy],
    crossOriginResourcePolicy: { policy: framed ? 'cross-origin' : 'same-origin' },
  })
  return (req, res, next) => {
    headers(req, res, () => {
      if (req.secure) hsts(req, res, next)
      else next()
    })
  }
}

/**
 * Sets the headers of `handler` on a response from inside a route handler,
 * for a page served by a route that is not only that page (the preview).
 * helmet's middlewares only set headers, synchronously.
 */
export function setPageHeaders(handler: RequestHandler, req: Request, res: Response): void {
  void handler(req, res, () => undefined)
}

/**
 * The admin app (index.html, its client-side routes and /assets/*): its own
 * scripts and nothing else; API calls, images and fonts from this origin;
 * never framed, no plugins, no <base>.
 *
 * `style-src` allows inline styles: MUI styles every component through
 * emotion, which writes the CSS it computes at run time into <style>
 * elements, and MUI and the rich-text editor set `style` attributes. A hash
 * cannot name CSS that does not exist until the page runs, and a nonce would
 * have to be new in every index.html, which then could not be answered with
 * a 304 (a revalidated page keeps its old body but takes the new header, and
 * the two nonces would differ); attributes take no nonce at all. Scripts stay
 * 'self' only, so injected markup still cannot run code
 * (docs/decisions/018-headers-hosts-compression.md).
 */
export const ADMIN_APP_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

export const adminAppHeaders = pageHeaders({ csp: ADMIN_APP_CSP, framedBy: 'none' })
