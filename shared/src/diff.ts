/** One changed value between two records, at a dotted path ("objectives.0.items.2.text.es"). */
export interface FieldChange {
  path: string
  before: unknown
  after: unknown
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The leaf-level differences between two records, in field order: nested
 * objects and arrays (objectives, their items and sub-items, each language of
 * a text) are compared element by element; a key only on one side is a
 * change from or to `undefined`. `ignore` lists top-level fields to skip
 * (e.g. "version", "updatedAt").
 */
export function diffRecords(before: unknown, after: unknown, ignore: readonly string[] = [], path = ''): FieldChange[] {
  if (Object.is(before, after)) return []
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length)
    return Array.from({ length }, (_, index) => diffRecords(before[index], after[index], [], join(path, String(index)))).flat()
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => path !== '' || !ignore.includes(key))
    return keys.flatMap((key) => diffRecords(before[key], after[key], [], join(path, key)))
  }
  return [{ path, before, after }]
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`)

/** The event fields that change with every save or step but say nothing about the content. */
export const EVENT_META_FIELDS = ['id', 'version', 'status', 'hasUnpublishedChanges', 'publishedAt', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'] as const
