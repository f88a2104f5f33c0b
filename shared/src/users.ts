import { z } from 'zod'
import { baseFilterShape } from './list-query'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, VALIDATION_MESSAGES } from './validation-messages'
import { ROLES } from './workflow'

export const RoleSchema = z.enum(ROLES)

/** Length only; the server also refuses common passwords and the account's own email. */
export const PasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: VALIDATION_MESSAGES.passwordTooShort.en })
  .max(MAX_PASSWORD_LENGTH, { message: VALIDATION_MESSAGES.passwordTooLong.en })

const userShape = {
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: VALIDATION_MESSAGES.email.en })),
  fullName: z.string().trim().min(1, { message: VALIDATION_MESSAGES.required.en }).max(200),
  role: RoleSchema,
  active: z.boolean().default(true),
}

/** POST /api/users: the password is required. Unknown keys are a 400. */
export const UserCreateSchema = z.strictObject({ ...userShape, password: PasswordSchema })
/** PUT /api/users/:id: a password resets it; leave it out (or empty) to keep the current one. */
export const UserUpdateSchema = z.strictObject({
  ...userShape,
  password: z.union([z.literal('').transform(() => undefined), PasswordSchema]).optional(),
})
export type UserCreate = z.output<typeof UserCreateSchema>
export type UserUpdate = z.output<typeof UserUpdateSchema>

export const UserSchema = z.object({
  id: z.number().int().positive(),
  email: z.string(),
  fullName: z.string(),
  role: RoleSchema,
  active: z.boolean(),
})
export type User = z.infer<typeof UserSchema>

export const USER_SORT_FIELDS = ['id', 'email', 'fullName', 'role', 'active'] as const
export const UserFilterSchema = z.strictObject({
  ...baseFilterShape,
  role: z.union([RoleSchema, z.array(RoleSchema)]).optional(),
  active: z.boolean().optional(),
})
export type UserFilter = z.infer<typeof UserFilterSchema>
