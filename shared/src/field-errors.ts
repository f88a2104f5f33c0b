import type { z } from 'zod'

export type FieldErrors = Record<string, string>

/**
 * A ZodError as the CONTRACT's `errors` object: one message per dotted path
 * (`objectives.0.items.2.text.en`). The paths are react-hook-form's field
 * names, so react-admin shows each message on its input.
 */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors[[...issue.path, key].join('.')] = 'This field does not exist'
      }
      continue
    }
    const path = issue.path.map(String).join('.') || '_root'
    errors[path] ??= issue.message
  }
  return errors
}
