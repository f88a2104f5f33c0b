import { validationText, type FieldErrors, type Language } from '@rcm/shared'
import { say, type RecordKind, type Text } from '../i18n/messages'

/** Field path → what is wrong there, in every language (the 400 `errors` of docs/contract.md, "Errors"). */
export type FieldTexts = Record<string, Text>

/**
 * An error with the HTTP status and message the client sees. The one error
 * class of the codebase: services throw it, the error handler renders it as
 * `{ message, errors? }` (docs/contract.md, "Errors") in the request's language.
 * `message` is the English text, for logs and for callers outside a request.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly text: Text,
    readonly fieldErrors?: FieldTexts,
    /** More of the body (e.g. `missing`) and headers (e.g. `Retry-After`) for this response. */
    readonly extra: { body?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(text.en)
  }
}

/** Field messages the shared code wrote in English (VALIDATION_MESSAGES), in every language. */
export const fieldTexts = (fieldErrors: FieldErrors): FieldTexts =>
  Object.fromEntries(Object.entries(fieldErrors).map(([path, english]) => [path, validationText(english)]))

/** Field messages in one language, as a response or a log line shows them. */
export const fieldErrorsIn = (texts: FieldTexts, lang: Language): FieldErrors =>
  Object.fromEntries(Object.entries(texts).map(([path, text]) => [path, text[lang]]))

export const badRequest = (fieldErrors: FieldTexts, text: Text = say('invalidInput')) =>
  new HttpError(400, text, fieldErrors)
export const forbidden = (text: Text = say('notAllowed')) => new HttpError(403, text)
export const notFound = (what: RecordKind = 'Resource') => new HttpError(404, say('notFound', what))
export const methodNotAllowed = () => new HttpError(405, say('methodNotAllowed'))
export const unauthorized = (text: Text = say('signInFirst')) => new HttpError(401, text)
export const conflict = (text: Text, body?: Record<string, unknown>, fieldErrors?: FieldTexts) =>
  new HttpError(409, text, fieldErrors, { body })
export const unsupportedMediaType = (text: Text) => new HttpError(415, text)
