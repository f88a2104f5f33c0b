import type { EventFilter } from '@rcm/shared'
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth'
import FactCheckIcon from '@mui/icons-material/FactCheck'
import RateReviewIcon from '@mui/icons-material/RateReview'
import { Chip } from '@mui/material'
import { Menu, useCanAccess, useGetList, useResourceDefinitions, useTranslate } from 'react-admin'
import { eventsLink } from '../dashboard/eventsLink'

const IN_REVIEW: EventFilter = { status: 'in_review' }
// Drafts whose last review step was "request changes" (the API's `changesRequested` filter).
const CHANGES_REQUESTED: EventFilter = { changesRequested: true }
// An explicit empty filter: "Events" after a shortcut shows every event, not the shortcut's list again.
const ALL_EVENTS = eventsLink({})

/** A review shortcut with how many events it holds (one count query, cached by react-query). */
const ShortcutItem = ({ filter, label, icon }: { filter: EventFilter; label: string; icon: React.ReactElement }) => {
  const translate = useTranslate()
  const { total } = useGetList('events', { filter, pagination: { page: 1, perPage: 1 } })
  return (
    <Menu.Item
      to={eventsLink(filter, { field: 'updatedAt', order: 'ASC' })}
      primaryText={
        <>
          {translate(label)}
          {total !== undefined && total > 0 && (
            <Chip component="span" size="small" label={total} sx={{ ml: 1, height: 20 }} />
          )}
        </>
      }
      leftIcon={icon}
      // react-admin cuts a long label with an ellipsis ("Cambios solicitados…"), which hid the count: it wraps instead.
      sx={{ '& .MuiTypography-noWrap': { whiteSpace: 'normal' } }}
    />
  )
}

/** The dashboard, the resources the role may list, then the review shortcuts with their counts. */
export const AppMenu = () => {
  const { canAccess: isReviewer } = useCanAccess({ resource: 'events', action: 'publish' })
  const resources = useResourceDefinitions()
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.Item to="/calendar" primaryText="rcm.calendar.title" leftIcon={<CalendarMonthIcon />} />
      {Object.keys(resources)
        .filter((name) => resources[name]?.hasList)
        .map((name) =>
          name === 'events' ? (
            <Menu.ResourceItem key={name} name={name} to={ALL_EVENTS} />
          ) : (
            <Menu.ResourceItem key={name} name={name} />
          ),
        )}
      {isReviewer && <ShortcutItem filter={IN_REVIEW} label="rcm.menu.awaiting_review" icon={<FactCheckIcon />} />}
      <ShortcutItem filter={CHANGES_REQUESTED} label="rcm.menu.changes_requested" icon={<RateReviewIcon />} />
    </Menu>
  )
}
