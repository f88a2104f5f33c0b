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

/**
 * Re-authentication, sent with every change of one's own email, password or
 * second factor: the current password, and a current code when the account
 * has a second factor (decision 016).
 */
export const ReauthSchema = z.strictObject({
  currentPassword: z.string().min(1, { message: VALIDATION_MESSAGES.required.en }).max(1024),
  code: z.string().trim().max(16).optional(),
})
export type Reauth = z.infer<typeof ReauthSchema>

/** POST /api/auth/password: one's own password, with the current one. */
export const PasswordChangeSchema = ReauthSchema.extend({ newPassword: PasswordSchema })
export type PasswordChange = z.infer<typeof PasswordChangeSchema>

/** POST /api/auth/email: one's own email. */
export const EmailChangeSchema = ReauthSchema.extend({
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: VALIDATION_MESSAGES.email.en })),
})
export type EmailChange = z.infer<typeof EmailChangeSchema>

/** What a session waits for after the password: a code (`required`) or a first enrolment (`enrol`). */
export const MfaStepSchema = z.object({ mfa: z.enum(['required', 'enrol']) })
export type MfaStep = z.infer<typeof MfaStepSchema>

/** The body of POST /api/auth/login: the identity, or the second-factor step still due. */
export const LoginAnswerSchema = z.union([IdentitySchema, MfaStepSchema])

/** POST /api/auth/mfa/enrol: nothing while signing in; the re-authentication from a full session. */
export const MfaEnrolSchema = ReauthSchema.partial()
export const MfaEnrolmentSchema = z.object({ secret: z.string(), otpauthUrl: z.string() })
export type MfaEnrolment = z.infer<typeof MfaEnrolmentSchema>

/** POST /api/auth/mfa/confirm */
export const MfaCodeSchema = z.strictObject({ code: z.string().trim().min(1).max(16) })
/** POST /api/auth/mfa/verify: a code from the app, or one of the recovery codes. */
export const MfaVerifySchema = z.union([
  MfaCodeSchema,
  z.strictObject({ recoveryCode: z.string().trim().min(1).max(64) }),
])
export type MfaVerify = z.infer<typeof MfaVerifySchema>

/** Ten single-use recovery codes, shown once. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) })
export const MfaConfirmedSchema = IdentitySchema.extend(RecoveryCodesSchema.shape)

/** GET /api/auth/mfa: the signed-in user's second factor. */
export const MfaStatusSchema = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().nonnegative(),
})
export type MfaStatus = z.infer<typeof MfaStatusSchema>

/** POST /api/users/:id/end-sessions */
export const SessionsEndedSchema = z.object({ sessionsEnded: z.number().int().nonnegative() })
