import { z } from 'zod'
import type { Language } from './languages'
import { VALIDATION_MESSAGES } from './validation-messages'

export type FieldErrors = Record<string, string>

const BY_ENGLISH: ReadonlyMap<string, Record<Language, string>> = new Map(
  Object.values(VALIDATION_MESSAGES).map((text) => [text.en, text]),
)

const spanishZod = z.locales.es().localeError

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
  if (lang === 'en') return issue.message
  const received = issue.code === 'invalid_type' ? /received (\S+)$/.exec(issue.message)?.[1] : undefined
  const input = received === undefined ? undefined : RECEIVED_SAMPLES[received]
  // A finished issue lacks the raw issue's `input`, which only invalid_type reads.
  const said = spanishZod({ ...issue, input } as z.core.$ZodRawIssue)
  return (typeof said === 'string' ? said : said?.message) ?? issue.message
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
