import type { EventFilter } from '@rcm/shared'

/** The events list filtered (and sorted) as a dashboard panel or menu entry counts it. */
export function eventsLink(filter: EventFilter, sort?: { field: string; order: 'ASC' | 'DESC' }): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) })
  if (sort) {
    params.set('sort', sort.field)
    params.set('order', sort.order)
  }
  return `/events?${params.toString()}`
}
