import { EVENT_STATUSES, MODALITIES, type EventStatus } from '@rcm/shared'

/** SelectInput/SelectField choices; react-admin translates the names. */
export const STATUS_CHOICES = EVENT_STATUSES.map((status) => ({
  id: status,
  name: `resources.events.status.${status}`,
}))
export const MODALITY_CHOICES = MODALITIES.map((modality) => ({
  id: modality,
  name: `resources.events.modality.${modality}`,
}))

export const STATUS_COLORS: Record<EventStatus, 'default' | 'warning' | 'success' | 'info'> = {
  draft: 'default',
  in_review: 'warning',
  published: 'success',
  archived: 'info',
}
