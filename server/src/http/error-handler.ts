import { ListQueryError, toFieldErrors } from '@rcm/shared'
import type { ErrorRequestHandler } from 'express'
import { z } from 'zod'
import { say, type Text } from '../i18n/messages'
import { requestLanguage } from '../i18n/request-language'
import { fieldErrorsIn, HttpError } from './errors'
import { closeIfBodyUnread } from './json-body'

/** body-parser's error types, with messages that never echo the body back. */
const BODY_ERRORS: Record<string, { status: number; text: Text }> = {
  'entity.parse.failed': { status: 400, text: say('bodyNotJson') },
  'entity.too.large': { status: 413, text: say('bodyTooLarge') },
  'encoding.unsupported': { status: 415, text: say('noContentEncoding') },
  'charset.unsupported': { status: 415, text: say('utf8Only') },
  'request.aborted': { status: 400, text: say('requestAborted') },
  'request.size.invalid': { status: 400, text: say('bodyTooShort') },
}

interface ClientError {
  status: number
  expose?: unknown
  message: string
  type?: unknown
}

/** A 4xx raised by Express's own parts: body-parser, the router's "Failed to decode param". */
function isClientError(error: unknown): error is ClientError {
  if (!(error instanceof Error) || !('status' in error)) return false
  return typeof error.status === 'number' && error.status >= 400 && error.status < 500
}

function clientErrorText(error: ClientError, path: string): Text {
  // The admin app's import sends a file's text; a file that does not fit is the command line's.
  if (error.type === 'entity.too.large' && path.startsWith('/api/import')) return say('importTooLarge')
  const known = typeof error.type === 'string' ? BODY_ERRORS[error.type] : undefined
  if (known) return known.text
  if (error instanceof URIError) return say('malformedUrl')
  // http-errors marks the messages written for clients with `expose`; they are English only.
  return error.expose === true ? { en: error.message, es: error.message } : say('badRequest')
}

/**
 * Turns every error into `{ message, errors? }` (docs/contract.md, "Errors"), in the
 * language the request asks for (English without Accept-Language). Details of an
 * unexpected error go to the log only: no stack, SQL or path in a response.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error)
    return
  }
  closeIfBodyUnread(req, res)
  const lang = requestLanguage(req)
  if (error instanceof z.ZodError) {
    res.status(400).json({ message: say('invalidInput')[lang], errors: toFieldErrors(error, lang) })
  } else if (error instanceof ListQueryError) {
    res.status(400).json({ message: error.text[lang], errors: { [error.field]: error.text[lang] } })
  } else if (error instanceof HttpError) {
    if (error.extra.headers) res.set(error.extra.headers)
    const errors = error.fieldErrors && fieldErrorsIn(error.fieldErrors, lang)
    res.status(error.status).json({ message: error.text[lang], ...(errors ? { errors } : {}), ...error.extra.body })
  } else if (isClientError(error)) {
    const known = typeof error.type === 'string' ? BODY_ERRORS[error.type] : undefined
    res.status(known?.status ?? error.status).json({ message: clientErrorText(error, req.originalUrl)[lang] })
  } else {
    // The id lets support find the details in the log; they never go to the client.
    const { requestId, logger } = res.locals
    if (logger) logger.error({ err: error, reqId: requestId, method: req.method, path: req.path }, 'request failed')
    else console.error(`${req.method} ${req.originalUrl} failed:`, error)
    res.status(500).json({ message: say('internalError')[lang], ...(requestId ? { requestId } : {}) })
  }
}
