import type { Event, LocalizedText } from '@rcm/shared'

/** One field that differs between two versions: its dotted path (as the API names it) and both values as text. */
export interface FieldDifference {
  path: string
  before: string
  after: string
}

/** The fields compared: what an editor writes, and the status. Bookkeeping (version, timestamps…) is left out. */
type Compared = Pick<
  Event,
  | 'title'
  | 'description'
  | 'objectives'
  | 'startDate'
  | 'endDate'
  | 'modality'
  | 'city'
  | 'venueId'
  | 'institutionIds'
  | 'contactEmails'
  | 'contactPhones'
  | 'status'
  // times and meeting link (issue 18 §2)
  | 'startTime'
  | 'endTime'
  | 'timeZone'
  | 'meetingUrl'
  | 'meetingUrlPublic'
>

/** How `flattenEvent` joins the institutions' ids: "3, 5". */
export const LIST_SEPARATOR = ', '

const text = (rows: Map<string, string>, path: string, value: LocalizedText | null | undefined) => {
  rows.set(`${path}.en`, value?.en ?? '')
  rows.set(`${path}.es`, value?.es ?? '')
}

/** The event as ordered `path → text` rows, objectives down to their sub-items, each language apart. */
export function flattenEvent(event: Compared): Map<string, string> {
  const rows = new Map<string, string>()
  text(rows, 'title', event.title)
  text(rows, 'description', event.description)
  rows.set('startDate', event.startDate ?? '')
  rows.set('endDate', event.endDate ?? '')
  rows.set('modality', event.modality)
  rows.set('city', event.city)
  rows.set('venueId', event.venueId === null ? '' : String(event.venueId))
  rows.set('institutionIds', event.institutionIds.join(LIST_SEPARATOR))
  rows.set('contactEmails', event.contactEmails.join('; '))
  rows.set('contactPhones', event.contactPhones.join('; '))
  rows.set('status', event.status)
  // times and meeting link (issue 18 §2); a revision stored before them reads as all day, without a link
  rows.set('startTime', event.startTime ?? '')
  rows.set('endTime', event.endTime ?? '')
  rows.set('timeZone', event.timeZone ?? '')
  rows.set('meetingUrl', event.meetingUrl ?? '')
  rows.set('meetingUrlPublic', event.meetingUrlPublic ? '✓' : '')
  event.objectives.forEach((objective, index) => {
    const base = `objectives.${index}`
    text(rows, `${base}.heading`, objective.heading)
    text(rows, `${base}.intro`, objective.intro)
    rows.set(`${base}.style`, objective.style)
    objective.items.forEach((item, itemIndex) => {
      text(rows, `${base}.items.${itemIndex}.text`, item.text)
      item.items.forEach((subItem, subIndex) =>
        text(rows, `${base}.items.${itemIndex}.items.${subIndex}.text`, subItem.text),
      )
    })
  })
  return rows
}

/**
 * The field-by-field difference between two versions of an event, in the
 * order the fields appear (the newer version's first, then what only the
 * older had). A field missing on one side reads as "".
 */
export function diffEvents(older: Compared, newer: Compared): FieldDifference[] {
  const before = flattenEvent(older)
  const after = flattenEvent(newer)
  const paths = [...after.keys(), ...[...before.keys()].filter((path) => !after.has(path))]
  return paths
    .map((path) => ({ path, before: before.get(path) ?? '', after: after.get(path) ?? '' }))
    .filter((row) => row.before !== row.after)
}
