/**
 * `value` without `keys` when it is a plain object, else `value` unchanged
 * (so the schema that parses it next reports what is wrong). Used to drop the
 * fields react-admin sends back but the client may not set (docs/contract.md, "Writes").
 */
export function omitKeys(value: unknown, keys: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)))
}
