import {
  AuditEntrySchema,
  BulkStepSchema,
  EventCreateSchema,
  EventSchema,
  EventUpdateSchema,
  IdentitySchema,
  InstitutionSchema,
  InstitutionWriteSchema,
  LocalizedPublicEventSchema,
  LocalizedTextSchema,
  LoginSchema,
  PasswordChangeSchema,
  PresenceSchema,
  PublicEventSchema,
  RestoreInputSchema,
  RevisionSchema,
  ScheduleInputSchema,
  ScheduleSchema,
  UserCreateSchema,
  UserSchema,
  UserUpdateSchema,
  VenueSchema,
  VenueWriteSchema,
  WorkflowStepSchema,
  WebhookDeliverySchema,
  ImportReportBodySchema,
  ImportRequestSchema,
  WebhookInputSchema,
  WebhookSchema,
  type BulkResult,
  type Completeness,
  type FieldErrors,
} from '@rcm/shared'
import { z } from 'zod'

/*
 * Shapes that exist only as TypeScript types on the server. `satisfies
 * z.ZodType<T>` makes tsc fail when the type changes and the schema does not,
 * so these are checked against the code rather than written twice.
 */

/** Every error body (docs/contract.md, "Errors"). */
export const ErrorBodySchema = z.object({ message: z.string() }) satisfies z.ZodType<{ message: string }>

/** A 400: `errors` has one message per bad field, at its dotted path. */
export const ValidationErrorBodySchema = z.object({
  message: z.string(),
  errors: z
    .record(z.string(), z.string())
    .meta({ examples: [{ 'objectives.0.items.2.text.en': 'Fill in at least one language' }] }),
}) satisfies z.ZodType<{ message: string; errors: FieldErrors }>

const CompletenessFields = {
  missing: z.array(z.string()),
  errors: z.record(z.string(), z.string()),
}

export const CompletenessSchema = z.object({
  isComplete: z.boolean(),
  ...CompletenessFields,
}) satisfies z.ZodType<Completeness>

/** A 409 from publish: the state forbids it, or (with `missing` and `errors`) the event is not complete enough to be public. */
export const PublishConflictBodySchema = z.object({
  message: z.string(),
  missing: CompletenessFields.missing.optional(),
  errors: CompletenessFields.errors.optional(),
})

/** A 409 for a stale `version`: `current` is the event as it is now, for the form to show beside the edit. */
export const VersionConflictBodySchema = z.object({ message: z.string(), current: EventSchema })

export const BulkResultSchema = z.union([
  z.object({ id: z.number().int(), status: z.literal(200), event: EventSchema }),
  z.object({ id: z.number().int(), status: z.number().int(), message: z.string() }),
]) satisfies z.ZodType<BulkResult>

export const BulkResponseSchema = z.object({ results: z.array(BulkResultSchema) }) satisfies z.ZodType<{
  results: BulkResult[]
}>

/**
 * The named schemas of `components.schemas`. Responses are converted as the
 * server writes them (zod's output side), request bodies as a client may send
 * them (the input side: defaults make a field optional). A schema used by an
 * operation but not named here is inlined where it is used.
 */
export const RESPONSE_SCHEMAS = {
  LocalizedText: LocalizedTextSchema,
  Event: EventSchema,
  Venue: VenueSchema,
  Institution: InstitutionSchema,
  User: UserSchema,
  Identity: IdentitySchema,
  Revision: RevisionSchema,
  AuditEntry: AuditEntrySchema,
  Schedule: ScheduleSchema,
  Completeness: CompletenessSchema,
  Presence: PresenceSchema,
  BulkResult: BulkResultSchema,
  BulkResponse: BulkResponseSchema,
  PublicEvent: PublicEventSchema,
  Webhook: WebhookSchema,
  ImportReport: ImportReportBodySchema,
  WebhookDelivery: WebhookDeliverySchema,
  LocalizedPublicEvent: LocalizedPublicEventSchema,
  Error: ErrorBodySchema,
  ValidationError: ValidationErrorBodySchema,
  PublishConflict: PublishConflictBodySchema,
  VersionConflict: VersionConflictBodySchema,
} satisfies Record<string, z.ZodType>

export const REQUEST_SCHEMAS = {
  EventCreate: EventCreateSchema,
  EventUpdate: EventUpdateSchema,
  VenueWrite: VenueWriteSchema,
  InstitutionWrite: InstitutionWriteSchema,
  UserCreate: UserCreateSchema,
  UserUpdate: UserUpdateSchema,
  Login: LoginSchema,
  PasswordChange: PasswordChangeSchema,
  WorkflowStep: WorkflowStepSchema,
  BulkStep: BulkStepSchema,
  RestoreInput: RestoreInputSchema,
  ScheduleInput: ScheduleInputSchema,
  WebhookInput: WebhookInputSchema,
  ImportRequest: ImportRequestSchema,
} satisfies Record<string, z.ZodType>
