import {
  MAX_PREFERENCE_BYTES,
  MAX_PREFERENCES_PER_USER,
  PreferenceKeySchema,
  preferenceValueSchemaOf,
  type PreferenceKey,
  type Preferences,
  type PreferenceValue,
} from '@rcm/shared'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { conflict, HttpError, unauthorized } from '../http/errors'
import { say } from '../i18n/messages'
import { preferencesRepository } from './preferences.repository'

function userIdOf(actor: Actor): number {
  if (actor.id === null) throw unauthorized()
  return actor.id
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`

/**
 * The actor's preferences by key. A stored value that no longer fits its
 * schema (a key or shape the app has since dropped) is left out rather than
 * handed to a list that cannot read it.
 */
export function listPreferences(db: Db, actor: Actor): Preferences {
  const preferences: Preferences = {}
  for (const row of preferencesRepository.listOf(db, userIdOf(actor))) {
    const key = PreferenceKeySchema.safeParse(row.key)
    if (!key.success) continue
    const value = preferenceValueSchemaOf(key.data).safeParse(JSON.parse(row.value))
    if (value.success) preferences[key.data] = value.data
  }
  return preferences
}

/**
 * `body` when its JSON fits MAX_PREFERENCE_BYTES; a 413 otherwise. Checked
 * before the body's shape, so an oversized body is never walked item by item.
 */
export function withinPreferenceSize(body: unknown): unknown {
  const bytes = Buffer.byteLength(JSON.stringify(body ?? null))
  if (bytes > MAX_PREFERENCE_BYTES)
    throw new HttpError(413, say('preferenceTooLarge', kilobytes(bytes), kilobytes(MAX_PREFERENCE_BYTES)))
  return body
}

/**
 * Keeps `value` (parsed with its key's schema) under `key` for the actor,
 * replacing what was there. A new key past MAX_PREFERENCES_PER_USER is a 409.
 */
export function savePreference(db: Db, actor: Actor, key: PreferenceKey, value: PreferenceValue, now: Date) {
  const userId = userIdOf(actor)
  const json = JSON.stringify(value)
  return writeTransaction(db, () => {
    const isNew = !preferencesRepository.has(db, userId, key)
    if (isNew && preferencesRepository.count(db, userId) >= MAX_PREFERENCES_PER_USER)
      throw conflict(say('tooManyPreferences', MAX_PREFERENCES_PER_USER))
    preferencesRepository.save(db, { userId, key, value: json }, now.toISOString())
    return value
  })
}

/** Forgets the actor's preference `key`; forgetting one never kept is not an error. */
export function deletePreference(db: Db, actor: Actor, key: PreferenceKey): void {
  preferencesRepository.remove(db, userIdOf(actor), key)
}
