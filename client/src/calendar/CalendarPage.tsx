import type { CalendarEvent, Event, EventFilter } from '@rcm/shared'
import { addDays, formatDateRange } from '@rcm/shared'
import FullCalendar, {
  type DatesSetInfo,
  type EventDisplayInfo,
  type EventDropInfo,
  type EventInput,
} from '@fullcalendar/react'
import classicThemePlugin from '@fullcalendar/react/themes/classic'
import dayGridPlugin from '@fullcalendar/react/daygrid'
import interactionPlugin from '@fullcalendar/react/interaction'
import listPlugin from '@fullcalendar/react/list'
import esLocale from '@fullcalendar/react/locales/es'
import '@fullcalendar/react/skeleton.css'
import '@fullcalendar/react/themes/classic/theme.css'
import '@fullcalendar/react/themes/classic/palette.css'
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Link as MuiLink,
  List,
  ListItem,
  Typography,
  useTheme,
} from '@mui/material'
import { useCallback, useMemo, useState } from 'react'
import { Link, useNavigate } from 'react-router-dom'
import {
  Confirm,
  FilterButton,
  FilterForm,
  HttpError,
  ListBase,
  Title,
  useCanAccess,
  useDataProvider,
  useGetList,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { useEventFilters } from '../events/eventFilters'
import { useEventFormText } from '../events/useEventFormText'
import { CALENDAR_VIEW } from '../providers/dataProvider'
import { exclusiveEnd, movedDates } from './calendarDates'

/** The most events one period shows; more than this and the filters should narrow it. */
const MAX_EVENTS = 500

interface Move {
  before: CalendarEvent
  after: Event
}

/** What the undo banner says: an event in review is now a draft; a published one is public with its old dates. */
const movedMessage = ({ before, after }: Move) =>
  before.status === 'in_review'
    ? 'rcm.calendar.moved_to_draft'
    : after.status === 'published' && after.hasUnpublishedChanges
      ? 'rcm.calendar.moved_published'
      : 'rcm.calendar.moved'

/** A drop waiting for the user's yes: saving an event in review sends it back to draft. */
interface PendingMove {
  record: CalendarEvent
  dates: Pick<Event, 'startDate' | 'endDate'>
  revert: () => void
}

/**
 * What an event shows before its title: nothing for an all-day event (the
 * agenda says "all day"), its times for a timed one, in the event's zone
 * as the rest of the admin shows them; the agenda, which has room, names the zone.
 */
const EventContent = ({ info }: { info: EventDisplayInfo }) => {
  const { startTime, endTime, timeZone } = info.event.extendedProps.record as CalendarEvent
  const range = endTime === null ? startTime : `${startTime}–${endTime}`
  const isAgenda = info.view.type.startsWith('list')
  const time = startTime === null || timeZone === null ? info.timeText : isAgenda ? `${range} ${timeZone}` : range
  // In a month on a phone the bar has room for a few letters: the title says which event it is, the times wait.
  const inMonth = info.view.type === 'dayGridMonth'
  return (
    <>
      {time && (
        <div className={info.timeClass} data-month-time={inMonth || undefined}>
          {time}
        </div>
      )}
      <div className={info.titleClass}>{info.event.title}</div>
    </>
  )
}

/** Events without a date, under the calendar's filters: they have no day to sit on. */
const UndatedEvents = () => {
  const { filterValues } = useListContext<CalendarEvent>()
  const translate = useTranslate()
  const localized = useLocalized()
  const { data, total } = useGetList<CalendarEvent>('events', {
    filter: { ...filterValues, missing: 'date' } satisfies EventFilter,
    sort: { field: 'updatedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
    meta: CALENDAR_VIEW,
  })
  return (
    <Card component="section" variant="outlined" aria-labelledby="calendar-undated">
      <CardContent>
        <Typography id="calendar-undated" component="h2" variant="h6">
          {translate('rcm.calendar.undated')} {total ? `(${total})` : ''}
        </Typography>
        {total === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('rcm.calendar.undated_empty')}
          </Typography>
        )}
        <List dense disablePadding>
          {data?.map((event) => (
            <ListItem key={event.id} disableGutters>
              <MuiLink component={Link} to={`/events/${event.id}/show`}>
                {localized(event.title)}
              </MuiLink>
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  )
}

/** The month, week or agenda of the events in the list context, coloured by status; editors move an event by dragging it. */
const EventCalendar = ({ onRange }: { onRange: (range: { from: string; to: string }) => void }) => {
  const { data, total } = useListContext<CalendarEvent>()
  const theme = useTheme()
  const translate = useTranslate()
  const localized = useLocalized()
  const language = useLanguage()
  const navigate = useNavigate()
  const notify = useNotify()
  const refresh = useRefresh()
  const dataProvider = useDataProvider()
  const formText = useEventFormText()
  const { canAccess: canEdit } = useCanAccess({ resource: 'events', action: 'edit' })
  const [moved, setMoved] = useState<Move | null>(null)
  const [pending, setPending] = useState<PendingMove | null>(null)

  const colours = useMemo(
    () => ({
      draft: theme.palette.grey[600],
      in_review: theme.palette.warning.dark,
      published: theme.palette.success.dark,
      archived: theme.palette.info.dark,
    }),
    [theme],
  )
  const events = useMemo<EventInput[]>(
    () =>
      (data ?? [])
        .filter((event) => event.startDate !== null)
        .map((event) => ({
          id: String(event.id),
          title: localized(event.title),
          start: event.startDate ?? undefined,
          end: exclusiveEnd(event),
          allDay: true,
          // A link: the keyboard reaches each event with Tab and opens it with Enter.
          url: `#/events/${event.id}/show`,
          color: colours[event.status],
          extendedProps: { record: event },
        })),
    [data, localized, colours],
  )

  // The calendar holds a light copy of each event: the save sends the whole record, at the version the calendar
  // showed, so that a change made meanwhile is a conflict (409) and not overwritten.
  const save = useCallback(
    async (from: Pick<CalendarEvent, 'id' | 'version'>, dates: Pick<Event, 'startDate' | 'endDate'>) => {
      const { data: current } = await dataProvider.getOne<Event>('events', { id: from.id })
      const data = { ...current, ...dates, version: from.version }
      return (await dataProvider.update<Event>('events', { id: from.id, data, previousData: current })).data
    },
    [dataProvider],
  )
  const move = async ({ record, dates, revert }: PendingMove) => {
    try {
      const after = await save(record, dates)
      setMoved({ before: record, after })
      refresh()
    } catch (error) {
      revert()
      if (error instanceof HttpError && error.status === 409) {
        notify('rcm.calendar.conflict', { type: 'warning', messageArgs: { title: localized(record.title) } })
      } else {
        notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' })
      }
      // After a conflict the calendar shows the event as it now is.
      refresh()
    }
  }
  const onDrop = (info: EventDropInfo) => {
    const record = info.event.extendedProps.record as CalendarEvent
    const request = { record, dates: movedDates(record, info.event.startStr.slice(0, 10)), revert: info.revert }
    // The server sends an event in review back to draft on any save: the user says yes first, as in the edit form.
    if (record.status === 'in_review') setPending(request)
    else void move(request)
  }
  const undo = async () => {
    if (!moved) return
    try {
      await save(moved.after, { startDate: moved.before.startDate, endDate: moved.before.endDate })
      notify('rcm.calendar.undone', { type: 'info' })
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' })
    }
    setMoved(null)
    refresh()
  }

  return (
    <Box
      sx={{
        width: '100%',
        '& [data-month-time]': { display: { xs: 'none', sm: 'block' } },
        // The classic theme's greys for other months' days are too faint for WCAG AA (4.5:1).
        '--fc-classic-faint-foreground': theme.palette.text.secondary,
        '--fc-classic-muted-foreground': theme.palette.text.secondary,
        '--fc-classic-button': theme.palette.primary.main,
        '--fc-classic-button-border': theme.palette.primary.main,
        '--fc-classic-button-strong': theme.palette.secondary.main,
        '--fc-classic-button-strong-border': theme.palette.secondary.main,
      }}
    >
      {canEdit && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('rcm.calendar.drag_help')}
        </Typography>
      )}
      {moved && (
        <Alert
          severity="success"
          role="status"
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => void undo()}>
              {translate('rcm.calendar.undo')}
            </Button>
          }
        >
          {translate(movedMessage(moved), {
            title: localized(moved.after.title),
            dates: formatDateRange(moved.after.startDate, moved.after.endDate, language, 'medium') ?? '',
          })}
        </Alert>
      )}
      <Confirm
        isOpen={pending !== null}
        title="rcm.calendar.confirm_move_title"
        content={formText('inReview')}
        confirm="rcm.calendar.confirm_move"
        onConfirm={() => {
          if (pending) void move(pending)
          setPending(null)
        }}
        onClose={() => {
          pending?.revert()
          setPending(null)
        }}
      />
      {total !== undefined && total > MAX_EVENTS && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('rcm.calendar.too_many', { count: MAX_EVENTS })}
        </Alert>
      )}
      <FullCalendar
        plugins={[classicThemePlugin, dayGridPlugin, listPlugin, interactionPlugin]}
        initialView="dayGridMonth"
        locale={language === 'es' ? esLocale : undefined}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,dayGridWeek,listMonth' }}
        // A button's name must hold its text: the default hint of "Today" is "This month".
        buttons={{
          today: { text: translate('rcm.calendar.today'), hint: translate('rcm.calendar.today') },
          dayGridMonth: { text: translate('rcm.calendar.month'), hint: translate('rcm.calendar.month') },
          dayGridWeek: { text: translate('rcm.calendar.week'), hint: translate('rcm.calendar.week') },
          listMonth: { text: translate('rcm.calendar.agenda'), hint: translate('rcm.calendar.agenda') },
        }}
        height="auto"
        events={events}
        editable={canEdit}
        eventDurationEditable={false}
        eventDrop={onDrop}
        eventContent={(info: EventDisplayInfo) => <EventContent info={info} />}
        eventClick={(info) => {
          info.jsEvent.preventDefault()
          navigate(`/events/${info.event.id}/show`)
        }}
        datesSet={(info: DatesSetInfo) => {
          // The view's end is exclusive: its last day is the day before.
          onRange({ from: info.startStr.slice(0, 10), to: addDays(info.endStr.slice(0, 10), -1) })
        }}
      />
    </Box>
  )
}

function initialRange(): { from: string; to: string } {
  const now = new Date()
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const first = day(Date.UTC(now.getFullYear(), now.getMonth(), 1))
  const last = day(Date.UTC(now.getFullYear(), now.getMonth() + 1, 0))
  return { from: addDays(first, -7), to: addDays(last, 7) }
}

/**
 * Month, week and agenda views of the events under the events list's
 * filters, with the undated ones beside them. Loaded only when opened (App.tsx).
 */
export const CalendarPage = () => {
  const translate = useTranslate()
  const filters = useEventFilters()
  // Until the calendar says which days it shows: this month with a week either side.
  const [range, setRange] = useState(initialRange)
  const onRange = useCallback(
    (next: { from: string; to: string }) =>
      setRange((current) => (current.from === next.from && current.to === next.to ? current : next)),
    [],
  )
  const period: EventFilter = { endDate_gte: range.from, startDate_lte: range.to }
  return (
    <ListBase<CalendarEvent>
      resource="events"
      filter={period}
      perPage={MAX_EVENTS}
      sort={{ field: 'startDate', order: 'ASC' }}
      disableSyncWithLocation
      storeKey="events.calendar"
      queryOptions={{ meta: CALENDAR_VIEW }}
    >
      <Title title={translate('rcm.calendar.title')} />
      {/* The layout's content area lays its children out in a row: one column of our own. */}
      <Box sx={{ width: '100%' }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          <FilterForm filters={filters} />
          <FilterButton filters={filters} />
        </Box>
        <Box
          // Side by side from lg: the calendar takes what the undated list (320 px) leaves, never the other way round.
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 320px' },
            alignItems: 'start',
            mt: 1,
          }}
        >
          <EventCalendar onRange={onRange} />
          <UndatedEvents />
        </Box>
      </Box>
    </ListBase>
  )
}

export default CalendarPage
