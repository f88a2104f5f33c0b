/**
 * Records in the order of `ids`. getMany answers in the server's order, and
 * an event's `institutionIds` order is its display order.
 */
export function inIdOrder<T extends { id: number }>(records: T[], ids: readonly number[]): T[] {
  const position = new Map(ids.map((id, index) => [id, index]))
  return [...records].sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity))
}
