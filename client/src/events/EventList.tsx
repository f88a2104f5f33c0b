import { DEFAULT_PAGE_SIZE, type Event } from '@rcm/shared'
import { Link as MuiLink, useMediaQuery, type Theme } from '@mui/material'
import { Link } from 'react-router-dom'
import { DataTable, List, ReferenceField, SelectField, useCreatePath, useRecordContext } from 'react-admin'
import { DateRangeField } from '../common/DateRangeField'
import { InstitutionChipsField } from '../common/InstitutionChipsField'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { useLocalized } from '../common/useLocalized'
import { LanguageCompletenessField } from '../translation/LanguageCompletenessField'
import { MODALITY_CHOICES } from './choices'
import { useEventFilters } from './eventFilters'
import { BulkWorkflowButtons, RememberShownVersions } from './BulkWorkflowButtons'
import { EventListActions } from './EventListActions'
import { EventSimpleList } from './EventSimpleList'
import { StatusField } from './StatusField'
import { EventTimeField } from '../times/EventTimeField'

const Column = DataTable.Col<Event>

/** The title as a link to the event, so that the row is reachable by Tab (the row's click is the mouse's). */
const TitleLink = () => {
  const record = useRecordContext<Event>()
  const localized = useLocalized()
  const createPath = useCreatePath()
  if (!record) return null
  return (
    <MuiLink
      component={Link}
      to={createPath({ resource: 'events', id: record.id, type: 'show' })}
      // The row's own click would navigate a second time.
      onClick={(event) => event.stopPropagation()}
    >
      {localized(record.title)}
    </MuiLink>
  )
}

/**
 * The events, newest first. An empty calendar shows the list's toolbar too
 * (not react-admin's "empty" page), since Import is where one starts then. A column's `source` is the sort field sent to
 * `GET /api/events`; columns the API cannot sort by have `disableSort`. Below the `md` breakpoint (tablets, phones)
 * the table becomes a simple list, which needs no sideways scrolling.
 */
export const EventList = () => {
  const filters = useEventFilters()
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <List<Event>
      filters={filters}
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={DEFAULT_PAGE_SIZE}
      actions={<EventListActions />}
      empty={false}
    >
      <RememberShownVersions />
      {small ? (
        <EventSimpleList />
      ) : (
        <DataTable<Event> rowClick="show" bulkActionButtons={<BulkWorkflowButtons />}>
          <Column source="title">
            <TitleLink />
          </Column>
          <Column source="startDate" label="resources.events.fields.dates">
            <DateRangeField dateStyle="medium" />
            <EventTimeField />
          </Column>
          <Column source="city" />
          <Column source="venueId" disableSort>
            <ReferenceField<Event> source="venueId" reference="venues" link={false}>
              <LocalizedTextField source="name" />
            </ReferenceField>
          </Column>
          <Column source="modality">
            <SelectField source="modality" choices={MODALITY_CHOICES} />
          </Column>
          <Column source="institutionIds" disableSort>
            <InstitutionChipsField />
          </Column>
          <Column source="languages" label="rcm.translation.column" disableSort>
            <LanguageCompletenessField />
          </Column>
          <Column source="status">
            <StatusField />
          </Column>
        </DataTable>
      )}
    </List>
  )
}
