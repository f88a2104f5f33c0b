import {
  LIVE_STATUSES,
  formatDateRange,
  upcomingFilter,
  type Dashboard as DashboardData,
  type EventSummary,
  type MissingPiece,
} from '@rcm/shared'
import { Alert, Box, Card, CardContent, Chip, Link as MuiLink, List, ListItem, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { Loading, Title, useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { eventsLink } from './eventsLink'

const showLink = (event: EventSummary) => `/events/${event.id}/show`

/** A panel: its title with how many there are, linking to the list that holds them all, then its lines. */
const Panel = ({
  id,
  title,
  total,
  to,
  empty,
  children,
}: {
  id: string
  title: string
  total?: number
  to?: string
  empty: string
  children: ReactNode
}) => {
  const translate = useTranslate()
  return (
    <Card component="section" aria-labelledby={id} variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id={id} component="h2" variant="h6" sx={{ flex: 1 }}>
            {title}
          </Typography>
          {total !== undefined && <Chip size="small" label={total} color={total > 0 ? 'primary' : 'default'} />}
        </Stack>
        {total === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {empty}
          </Typography>
        ) : (
          children
        )}
        {to !== undefined && total !== undefined && total > 0 && (
          <MuiLink component={Link} to={to} variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
            {translate('rcm.dashboard.see_all', { smart_count: total })}
          </MuiLink>
        )}
      </CardContent>
    </Card>
  )
}

/** One event as a line: its title as a link, and what the panel says about it. */
const EventLine = ({ event, children }: { event: EventSummary; children?: ReactNode }) => {
  const localized = useLocalized()
  return (
    <ListItem disableGutters sx={{ display: 'block', py: 0.5 }}>
      <MuiLink component={Link} to={showLink(event)}>
        {localized(event.title)}
      </MuiLink>
      {children && (
        <Typography variant="body2" color="text.secondary" component="div">
          {children}
        </Typography>
      )}
    </ListItem>
  )
}

const MISSING_PIECES: MissingPiece[] = ['date', 'contact', 'venue']

/**
 * The home page: what waits for the user first (reviews, events sent back,
 * their drafts), then the next 60 days, what is missing, what is scheduled
 * and what others did. One request (GET /api/dashboard); each panel links to
 * the events list under the filter that counts it.
 */
export const Dashboard = () => {
  const translate = useTranslate()
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const { identity } = useGetIdentity()
  const [locale] = useLocaleState()
  const language = useLanguage()
  const { data, isError } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await dataProvider.getDashboard()).data,
  })
  // Non-breaking spaces: on a phone a line wraps before the date, never inside it ("6 / dic 2026").
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }).replace(/\s/g, '\u00a0')
  const dates = (event: EventSummary) =>
    formatDateRange(event.startDate, event.endDate, language, 'medium') ?? translate('rcm.dashboard.undated')

  const content = (dashboard: DashboardData) => {
    const missingRows = [
      ...MISSING_PIECES.map((piece) => ({ key: piece, count: dashboard.missing[piece], filter: { missing: piece } })),
      ...(['en', 'es'] as const).map((lang) => ({
        key: lang,
        count: dashboard.missing[lang],
        filter: { incompleteLanguage: lang },
      })),
    ].filter((row) => row.count > 0)
    return (
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', xl: '1fr 1fr 1fr' } }}>
        {dashboard.awaitingReview && (
          <Panel
            id="dashboard-awaiting-review"
            title={translate('rcm.dashboard.awaiting_review.title')}
            total={dashboard.awaitingReview.total}
            to={eventsLink({ status: 'in_review' }, { field: 'updatedAt', order: 'ASC' })}
            empty={translate('rcm.dashboard.awaiting_review.empty')}
          >
            <List dense disablePadding>
              {dashboard.awaitingReview.items.map(({ event, step }) => (
                <EventLine key={event.id} event={event}>
                  {step &&
                    translate('rcm.dashboard.awaiting_review.line', {
                      by: step.by ?? translate('rcm.dashboard.activity.someone'),
                      when: when(step.at),
                    })}
                </EventLine>
              ))}
            </List>
          </Panel>
        )}
        <Panel
          id="dashboard-changes-requested"
          title={translate('rcm.dashboard.changes_requested.title')}
          total={dashboard.changesRequested.total}
          to={eventsLink({ changesRequested: true }, { field: 'updatedAt', order: 'ASC' })}
          empty={translate('rcm.dashboard.changes_requested.empty')}
        >
          <List dense disablePadding>
            {dashboard.changesRequested.items.map(({ event, step }) => (
              <EventLine key={event.id} event={event}>
                {step && (
                  <>
                    <Box component="q" sx={{ display: 'block', fontStyle: 'italic' }}>
                      {step.comment ?? translate('rcm.dashboard.changes_requested.no_comment')}
                    </Box>
                    {translate('rcm.dashboard.changes_requested.line', {
                      by: step.by ?? translate('rcm.dashboard.activity.someone'),
                      when: when(step.at),
                    })}
                  </>
                )}
              </EventLine>
            ))}
          </List>
        </Panel>
        <Panel
          id="dashboard-my-drafts"
          title={translate('rcm.dashboard.my_drafts.title')}
          total={dashboard.myDrafts.total}
          to={
            identity
              ? eventsLink({ status: 'draft', createdBy: Number(identity.id) }, { field: 'updatedAt', order: 'DESC' })
              : undefined
          }
          empty={translate('rcm.dashboard.my_drafts.empty')}
        >
          <List dense disablePadding>
            {dashboard.myDrafts.items.map((event) => (
              <EventLine key={event.id} event={event}>
                {translate('rcm.dashboard.my_drafts.line', { when: when(event.updatedAt) })}
              </EventLine>
            ))}
          </List>
        </Panel>
        <Panel
          id="dashboard-upcoming"
          title={translate('rcm.dashboard.upcoming.title')}
          total={dashboard.upcoming.total}
          to={eventsLink(upcomingFilter(dashboard.today), { field: 'startDate', order: 'ASC' })}
          empty={translate('rcm.dashboard.upcoming.empty')}
        >
          <List dense disablePadding>
            {dashboard.upcoming.items.map((event) => (
              <EventLine key={event.id} event={event}>
                {dates(event)}
              </EventLine>
            ))}
          </List>
        </Panel>
        <Panel
          id="dashboard-missing"
          title={translate('rcm.dashboard.missing.title')}
          total={missingRows.length === 0 ? 0 : undefined}
          empty={translate('rcm.dashboard.missing.empty')}
        >
          <List dense disablePadding>
            {missingRows.map((row) => (
              <ListItem key={row.key} disableGutters sx={{ py: 0.5, gap: 1 }}>
                <MuiLink component={Link} to={eventsLink({ status: LIVE_STATUSES, ...row.filter })} sx={{ flex: 1 }}>
                  {translate(`rcm.dashboard.missing.${row.key}`)}
                </MuiLink>
                <Chip size="small" label={row.count} />
              </ListItem>
            ))}
          </List>
        </Panel>
        <Panel
          id="dashboard-scheduled"
          title={translate('rcm.dashboard.scheduled.title')}
          total={dashboard.scheduled.total}
          to="/schedules"
          empty={translate('rcm.dashboard.scheduled.empty')}
        >
          <List dense disablePadding>
            {dashboard.scheduled.items.map(({ event, publishAt, unpublishAt }) => (
              <EventLine key={event.id} event={event}>
                {publishAt && <div>{translate('rcm.dashboard.scheduled.publish_at', { time: when(publishAt) })}</div>}
                {unpublishAt && (
                  <div>{translate('rcm.dashboard.scheduled.unpublish_at', { time: when(unpublishAt) })}</div>
                )}
              </EventLine>
            ))}
          </List>
        </Panel>
        <Panel
          id="dashboard-activity"
          title={translate('rcm.dashboard.activity.title')}
          total={dashboard.recentActivity.length === 0 ? 0 : undefined}
          empty={translate('rcm.dashboard.activity.empty')}
        >
          <List dense disablePadding>
            {dashboard.recentActivity.map(({ event, step }, index) => (
              <EventLine key={`${event.id}-${index}`} event={event}>
                {`${translate(`rcm.history.actions.${step.action}`, { _: step.action })} · ${
                  step.by ?? translate('rcm.dashboard.activity.someone')
                } · ${when(step.at)}`}
              </EventLine>
            ))}
          </List>
        </Panel>
      </Box>
    )
  }

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('rcm.dashboard.title')} />
      <Typography component="h1" variant="h5" sx={{ mb: 2 }} tabIndex={-1}>
        {identity?.fullName
          ? translate('rcm.dashboard.greeting', { name: identity.fullName })
          : translate('rcm.dashboard.title')}
      </Typography>
      {isError ? <Alert severity="error">{translate('rcm.dashboard.loading_failed')}</Alert> : null}
      {data ? content(data) : !isError && <Loading />}
    </Box>
  )
}

export default Dashboard
