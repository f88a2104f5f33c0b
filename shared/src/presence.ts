import { z } from 'zod'

/** Someone else with an event's edit form open (GET/POST /api/events/{id}/presence). */
export const PresenceSchema = z.object({
  userId: z.number().int(),
  fullName: z.string(),
  email: z.string(),
  /** Since when this person has had the form open. */
  since: z.string(),
  lastSeenAt: z.string(),
})
export type Presence = z.infer<typeof PresenceSchema>
