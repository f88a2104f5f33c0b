import { MAX_PHONE_LENGTH, PhoneSchema } from '@rcm/shared'
import { expect, test } from 'vitest'

// The pattern as first written, with the schema's digit count (the schema also trims): exponential on a long run of digits, safe on the short strings below.
const BACKTRACKING_PHONE = /^\+[1-9]\d{0,2}(?:[ -]?\d+)+$/
const isPhoneByDigitRules = (value: string) => {
  const digits = value.replace(/\D/g, '').length
  return BACKTRACKING_PHONE.test(value) && digits >= 7 && digits <= 15
}

/** Every string of `length` characters over `alphabet`. */
function* strings(alphabet: string, length: number): Generator<string> {
  if (length === 0) {
    yield ''
    return
  }
  for (const prefix of strings(alphabet, length - 1)) for (const character of alphabet) yield prefix + character
}

test(
  'accepts exactly the phones the first pattern accepted, over every short string of its characters',
  { timeout: 30_000 },
  () => {
    const differences: string[] = []
    for (let length = 0; length <= 7; length++) {
      for (const text of strings('+01 -', length)) {
        const value = `+5${text}`
        if (PhoneSchema.safeParse(value).success !== isPhoneByDigitRules(value.trim())) differences.push(value)
      }
    }

    expect(differences).toEqual([])
  },
)

test.each(['+506 88511009', '+52 55 1234 5678', '+506 8851-1009', '+1 2025550123', '+1-202-555-0123'])(
  'accepts %s',
  (phone) => {
    expect(PhoneSchema.safeParse(phone).success).toBe(true)
  },
)

test.each(['88511009', '+506  88511009', '+506 8851-', '+0 88511009', '+1 234567890123456', '+506 8851 1009x'])(
  'refuses %s with the message on the international form',
  (phone) => {
    expect(PhoneSchema.safeParse(phone).error?.issues).toEqual([
      expect.objectContaining({ message: 'Use the international form, e.g. +506 88511009' }),
    ])
  },
)

test('accepts the longest phone in international form, and refuses a longer string with the same message, once', () => {
  const longest = `+1${' 2'.repeat(14)}`

  expect(longest).toHaveLength(MAX_PHONE_LENGTH)
  expect(PhoneSchema.safeParse(longest).success).toBe(true)
  expect(PhoneSchema.safeParse(`+1${'2'.repeat(40)}x`).error?.issues).toEqual([
    expect.objectContaining({ message: 'Use the international form, e.g. +506 88511009' }),
  ])
})
