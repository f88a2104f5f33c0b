import { z } from 'zod'
import { LANGUAGES } from './languages'
import { VALIDATION_MESSAGES } from './validation-messages'

export const LanguageSchema = z.enum(LANGUAGES)

/**
 * Text in both languages. On input a missing language means "" (docs/contract.md,
 * "Records"); on output both keys are always present.
 */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().max(20_000).default(''),
  es: z.string().trim().max(20_000).default(''),
})
export type LocalizedText = z.infer<typeof LocalizedTextSchema>

export const RequiredLocalizedTextSchema = LocalizedTextSchema.refine(
  (text) => text.en !== '' || text.es !== '',
  // Lands on "<field>.en", the input react-admin shows first.
  { message: VALIDATION_MESSAGES.oneLanguage.en, path: ['en'] },
)

export const IdSchema = z.coerce.number().int().positive()

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

// `meta` is what z.toJSONSchema (the OpenAPI document, the feeds' JSON Schema) says of the field.
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: VALIDATION_MESSAGES.isoDate.en })
  .meta({ format: 'date', examples: ['2026-03-14'] })

export const EmailSchema = z
  .string()
  .trim()
  .pipe(z.email({ message: VALIDATION_MESSAGES.email.en }))

/**
 * International form: "+", a country code, then digits in groups separated by
 * single spaces or hyphens ("+506 88511009", "+52 55 1234 5678"). E.164 caps
 * the number at 15 digits.
 */
const PHONE = /^\+[1-9]\d{0,2}(?:[ -]?\d+)+$/
export const PhoneSchema = z
  .string()
  .trim()
  .refine(
    (value) => PHONE.test(value) && value.replace(/\D/g, '').length >= 7 && value.replace(/\D/g, '').length <= 15,
    {
      message: VALIDATION_MESSAGES.phone.en,
    },
  )
  .meta({ examples: ['+506 88511009'] })
