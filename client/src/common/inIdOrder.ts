/**
 * Records in the order of `ids`. getMany answers in the server's order, and
 * an event's `institutionIds` (or `countryCodes`, `networkIds`) order is its display order.
 */
export function inIdOrder<T extends { id: number | string }>(records: T[], ids: readonly T['id'][]): T[] {
  const position = new Map<T['id'], number>(ids.map((id, index) => [id, index]))
  return [...records].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity))
}
