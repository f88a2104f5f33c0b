import { useCallback } from 'react'
import { useTranslate } from 'react-admin'
import type { eventFormMessages } from './eventFormMessages'

type FormMessages = (typeof eventFormMessages.en)['resources']['events']['form']

type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`
}[keyof T & string]

/** A key under `resources.events.form`, e.g. `objectives.addSection`. */
export type EventFormMessageKey = MessagePath<FormMessages>

/**
 * Translates a form text by its key under `resources.events.form`; the key's
 * type comes from the English catalogue, which es.ts must match.
 */
export function useEventFormText() {
  const translate = useTranslate()
  return useCallback(
    (key: EventFormMessageKey, options: Record<string, unknown> = {}) =>
      translate(`resources.events.form.${key}`, options),
    [translate],
  )
}
