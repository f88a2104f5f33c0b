import {
  formatDateRange,
  htmlToLines,
  institutionLabel,
  joinNames,
  localize,
  type Event,
  type Institution,
  type Venue,
} from '@rcm/shared'
import { useGetManyAggregate, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'
import { LIST_SEPARATOR } from './revisionDiff'

const toIds = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id !== null))]

/**
 * A compared value (as `flattenEvent` writes it) as the rest of the app shows
 * it, in the interface language: a status or modality by its name, a date as
 * "8 dic 2026", the venue and institutions by their names, yes or no, the
 * description as its text without markup. An empty value reads as "—", an
 * empty start date as "to be confirmed". `events` are the versions compared:
 * their venues and institutions are asked for once (the lists have usually
 * cached them already).
 */
export function useValueText(
  events: Pick<Event, 'venueId' | 'institutionIds'>[],
): (path: string, value: string) => string {
  const translate = useTranslate()
  const language = useLanguage()
  const venueIds = toIds(events.map((event) => event.venueId))
  const institutionIds = toIds(events.flatMap((event) => event.institutionIds))
  const { data: venues = [] } = useGetManyAggregate<Venue>(
    'venues',
    { ids: venueIds },
    { enabled: venueIds.length > 0 },
  )
  const { data: institutions = [] } = useGetManyAggregate<Institution>(
    'institutions',
    { ids: institutionIds },
    { enabled: institutionIds.length > 0 },
  )
  // A venue or institution deleted since (or not loaded yet) keeps its number.
  const venueName = (id: string) => {
    const venue = venues.find((candidate) => String(candidate.id) === id)
    return venue ? localize(venue.name, language) : `#${id}`
  }
  const institutionName = (id: string) => {
    const institution = institutions.find((candidate) => String(candidate.id) === id)
    return institution ? institutionLabel(institution, language) : `#${id}`
  }

  return (path, value) => {
    const field = path.split('.')
    if (path === 'meetingUrlPublic') return translate(value === '' ? 'ra.boolean.false' : 'ra.boolean.true')
    if (path === 'startDate' && value === '') return translate('rcm.dates.to_be_confirmed')
    if (value === '') return '—'
    switch (field[0]) {
      case 'status':
        return translate(`resources.events.status.${value}`, { _: value })
      case 'description':
        return htmlToLines(value) || '—'
      case 'modality':
        return translate(`resources.events.modality.${value}`, { _: value })
      case 'startDate':
      case 'endDate':
        return formatDateRange(value, null, language, 'medium') ?? value
      case 'timeZone':
        return value.replace(/_/g, ' ')
      case 'venueId':
        return venueName(value)
      case 'institutionIds':
        return joinNames(value.split(LIST_SEPARATOR).map(institutionName), language)
      case 'objectives':
        return field.at(-1) === 'style'
          ? translate(`resources.events.form.objectives.styles.${value}`, { _: value })
          : value
      default:
        return value
    }
  }
}
