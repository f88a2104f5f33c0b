import { formatDateRange, type Event } from '@rcm/shared'
import { SimpleList, useTranslate } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'

/** A phone's list of events: one line per event, title, dates and city, then its status; a row opens its page. */
export const EventSimpleList = () => {
  const localized = useLocalized()
  const language = useLanguage()
  const translate = useTranslate()
  return (
    <SimpleList<Event>
      linkType="show"
      primaryText={(event) => localized(event.title)}
      secondaryText={(event) =>
        [
          formatDateRange(event.startDate, event.endDate, language, 'medium') ?? translate('rcm.dates.to_be_confirmed'),
          event.city,
        ]
          .filter(Boolean)
          .join(' · ')
      }
      tertiaryText={(event) => translate(`resources.events.status.${event.status}`)}
    />
  )
}
