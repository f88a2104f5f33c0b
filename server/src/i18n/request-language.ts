import type { Language } from '@rcm/shared'
import type { Request } from 'express'

/**
 * The language to answer in: Spanish when the request's Accept-Language
 * prefers it to English (the admin app sends its UI locale), else English,
 * as a request without the header (curl, other programs) always got.
 */
export function requestLanguage(req: Request): Language {
  return req.acceptsLanguages('en', 'es') === 'es' ? 'es' : 'en'
}
