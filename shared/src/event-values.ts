// No zod here: the events list, the admin's first screen, reads these, and a module that builds schemas brings all of zod into its initial bundle.

export const MODALITIES = ['in_person', 'virtual', 'hybrid'] as const
export type Modality = (typeof MODALITIES)[number]

export const EVENT_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const OBJECTIVE_STYLES = ['paragraph', 'bullets', 'numbered'] as const
export type ObjectiveStyle = (typeof OBJECTIVE_STYLES)[number]
