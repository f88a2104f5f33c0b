import { z } from 'zod'
import type { Language } from './languages'
import { VALIDATION_MESSAGES } from './validation-messages'

/** A 400's `errors`: one message per dotted field path (docs/contract.md, "Errors"). */
export const FieldErrorsSchema = z.record(z.string(), z.string())
export type FieldErrors = z.infer<typeof FieldErrorsSchema>

const BY_ENGLISH: ReadonlyMap<string, Record<Language, string>> = new Map(
  Object.values(VALIDATION_MESSAGES).map((text) => [text.en, text]),
)

const spanishZod = z.locales.es().localeError
const englishZod = z.locales.en().localeError

const zodSays = (localeError: z.core.$ZodErrorMap, issue: z.core.$ZodIssue) => {
  const said = localeError(issue as z.core.$ZodRawIssue)
  return typeof said === 'string' ? said : said?.message
}

/**
 * zod's "Invalid option: expected one of "en"|"es"" in plain words, naming
 * the field (its last name in the path) and the values: "lang must be en or
 * es", "status must be one of: draft, in_review, published".
 */
function optionsMessage(issue: z.core.$ZodIssue & { code: 'invalid_value' }, lang: Language): string {
  const field = issue.path.findLast((segment) => typeof segment === 'string')
  const values = issue.values.map(String)
  const last = values.at(-1) ?? ''
  const choices =
    values.length === 1
      ? last
      : values.length === 2
        ? `${values[0]} ${lang === 'es' ? 'o' : 'or'} ${last}`
        : `${lang === 'es' ? 'uno de' : 'one of'}: ${values.join(', ')}`
  const verb = lang === 'es' ? 'debe ser' : 'must be'
  return field === undefined
    ? `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${choices}`
    : `${field} ${verb} ${choices}`
}

/**
 * A ZodError keeps no input, and zod's own invalid_type message names the
 * type it received; a value of that type lets the Spanish locale name it too.
 */
const RECEIVED_SAMPLES: Record<string, unknown> = {
  string: '',
  number: 0,
  NaN: Number.NaN,
  boolean: false,
  bigint: 0n,
  undefined: undefined,
  null: null,
  array: [],
  object: {},
}

/** One issue's message in `lang`: the schemas' own messages from VALIDATION_MESSAGES, zod's from its locale. */
export function issueMessage(issue: z.core.$ZodIssue, lang: Language): string {
  const own = BY_ENGLISH.get(issue.message)
  if (own) return own[lang]
  // A schema's own message for a choice is kept; zod's is said plainly.
  if (issue.code === 'invalid_value' && issue.message === zodSays(englishZod, issue)) return optionsMessage(issue, lang)
  if (lang === 'en') return issue.message
  const received = issue.code === 'invalid_type' ? /received (\S+)$/.exec(issue.message)?.[1] : undefined
  const input = received === undefined ? undefined : RECEIVED_SAMPLES[received]
  // A finished issue lacks the raw issue's `input`, which only invalid_type reads.
  return zodSays(spanishZod, { ...issue, input } as z.core.$ZodIssue) ?? issue.message
}

/** A message the shared code wrote in English (a schema's, the publish checklist's), in every language. */
export function validationText(english: string): Record<Language, string> {
  return BY_ENGLISH.get(english) ?? { en: english, es: english }
}

/**
 * A ZodError as the `errors` object of docs/contract.md, "Errors": one message per dotted path
 * (`objectives.0.items.2.text.en`), in `lang`. The paths are react-hook-form's
 * field names, so react-admin shows each message on its input.
 */
export function toFieldErrors(error: z.ZodError, lang: Language = 'en'): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors[[...issue.path, key].join('.')] = VALIDATION_MESSAGES.fieldDoesNotExist[lang]
      }
      continue
    }
    const path = issue.path.map(String).join('.') || '_root'
    errors[path] ??= issueMessage(issue, lang)
  }
  return errors
}
