import { useCallback } from 'react'
import { useTranslate } from 'react-admin'
import { eventFormMessages } from './eventFormMessages'

type FormMessages = (typeof eventFormMessages.en)['resources']['events']['form']

type MessagePath<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessagePath<T[K]>}`
}[keyof T & string]

/** A key under `resources.events.form`, e.g. `objectives.addSection`. */
export type EventFormMessageKey = MessagePath<FormMessages>

const PREFIX = 'resources.events.form'

function englishText(key: EventFormMessageKey): string {
  let node: unknown = eventFormMessages.en.resources.events.form
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined
  }
  return typeof node === 'string' ? node : key
}

/**
 * Translates a form text with its English wording as the fallback, so the
 * form reads well even where the catalogue lacks the key.
 */
export function useEventFormText() {
  const translate = useTranslate()
  return useCallback(
    (key: EventFormMessageKey, options: Record<string, unknown> = {}) =>
      translate(`${PREFIX}.${key}`, { _: englishText(key), ...options }),
    [translate],
  )
}
