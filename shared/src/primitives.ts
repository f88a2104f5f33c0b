import { z } from 'zod'
import { LANGUAGES } from './languages'
import { MAX_TEXT_LENGTH, VALIDATION_MESSAGES } from './validation-messages'

export const LanguageSchema = z.enum(LANGUAGES)

/**
 * Text in both languages. On input a missing language means "" (docs/contract.md,
 * "Records"); on output both keys are always present.
 */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().max(MAX_TEXT_LENGTH, { message: VALIDATION_MESSAGES.textTooLong.en }).default(''),
  es: z.string().trim().max(MAX_TEXT_LENGTH, { message: VALIDATION_MESSAGES.textTooLong.en }).default(''),
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
  // `abort`: zod runs every check of a string even after one fails, so a cap only shields the checks after it with abort.
  .max(10, { message: VALIDATION_MESSAGES.isoDate.en, abort: true })
  .refine(isIsoDate, { message: VALIDATION_MESSAGES.isoDate.en })
  .meta({ format: 'date', examples: ['2026-03-14'] })

export const EmailSchema = z
  .string()
  .trim()
  .max(254, { message: VALIDATION_MESSAGES.email.en, abort: true })
  .pipe(z.email({ message: VALIDATION_MESSAGES.email.en }))

/** The longest phone in international form: "+", 15 digits (E.164) and a separator between each two. */
export const MAX_PHONE_LENGTH = 30

/**
 * International form: "+", a country code, then digits in groups separated by
 * single spaces or hyphens ("+506 88511009", "+52 55 1234 5678"). E.164 caps
 * the number at 15 digits. Each repetition takes one digit after at most one
 * separator, so a run of digits splits one way only and a refused string costs
 * one pass; `(?:[ -]?\d+)+`, which accepts the same strings, splits a run of n
 * digits 2^n ways and tries them all before refusing it.
 */
const PHONE = /^\+[1-9]\d{0,2}(?:[ -]?\d)+$/
const digitCount = (value: string) => value.replace(/\D/g, '').length
export const PhoneSchema = z
  .string()
  .trim()
  .max(MAX_PHONE_LENGTH, { message: VALIDATION_MESSAGES.phone.en, abort: true })
  .refine((value) => PHONE.test(value) && digitCount(value) >= 7 && digitCount(value) <= 15, {
    message: VALIDATION_MESSAGES.phone.en,
  })
  .meta({ examples: ['+506 88511009'] })
