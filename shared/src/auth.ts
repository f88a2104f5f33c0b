import { z } from 'zod'
import { VALIDATION_MESSAGES } from './validation-messages'
import { PasswordSchema, RoleSchema } from './users'

/** POST /api/auth/login */
export const LoginSchema = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(1024),
})
export type Login = z.infer<typeof LoginSchema>

/** The signed-in identity: the body of login and of GET /api/auth/me. */
export const IdentitySchema = z.object({
  id: z.number().int().positive(),
  email: z.string(),
  fullName: z.string(),
  role: RoleSchema,
})
export type Identity = z.infer<typeof IdentitySchema>

/** POST /api/auth/password: one's own password, with the current one. */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: VALIDATION_MESSAGES.required.en }).max(1024),
  newPassword: PasswordSchema,
})
export type PasswordChange = z.infer<typeof PasswordChangeSchema>
