/*
 * The unsaved copy of a form kept in this browser (localStorage), one per
 * user and record, so that a crash, a closed tab or a reload loses nothing.
 * It holds what the user typed, when, and the record as it was loaded: the
 * version the edits were made on and the base of a field-by-field merge.
 */

/** What is kept of an unsaved form. */
export interface FormDraft {
  /** ISO 8601: when it was written. */
  savedAt: string
  /** The record's version the edits were made on; null for a new record or a table without versions. */
  version: number | null
  /** The record as loaded, before the edits (null for a new record). */
  base: Record<string, unknown> | null
  values: Record<string, unknown>
}

/** Fields the server owns: never compared, and never the reason to offer a copy. */
const OWNED_FIELDS = new Set([
  'id',
  'version',
  'status',
  'hasUnpublishedChanges',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
])

/** `rcm.draft.<userId>.<resource>.<id|new>` */
export const draftKey = (userId: string | number, resource: string, id: string | number | undefined) =>
  `rcm.draft.${userId === '' ? 'anonymous' : String(userId)}.${resource}.${id ?? 'new'}`

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The copy under `key`, or null if there is none or it cannot be read. */
export function readDraft(key: string): FormDraft | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? 'null')
    if (!isObject(parsed) || !isObject(parsed.values) || typeof parsed.savedAt !== 'string') return null
    return {
      savedAt: parsed.savedAt,
      version: typeof parsed.version === 'number' ? parsed.version : null,
      base: isObject(parsed.base) ? parsed.base : null,
      values: parsed.values,
    }
  } catch {
    return null
  }
}

/** Keeps the copy; a full or disabled storage only means there is no copy, never a failed form. */
export function writeDraft(key: string, draft: FormDraft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft))
  } catch {
    // Nothing to do: the form itself still holds the values.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key)
  } catch {
    // As in writeDraft.
  }
}

/** `values` without the fields named in `omit` (passwords are never kept). */
export function withoutFields(values: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([field]) => !omit.includes(field)))
}

/** A value as comparable text: keys sorted, and an empty text, null and a missing value read alike. */
function canonical(value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${key}:${canonical(value[key])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

/** The top-level fields, other than the server's own, whose values differ between two versions of a record. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])]
  return fields.filter((field) => !OWNED_FIELDS.has(field) && canonical(before[field]) !== canonical(after[field]))
}
