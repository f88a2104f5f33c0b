import { DEFAULT_PAGE_SIZE, type Event } from '@rcm/shared'
import { DataTable, List, ReferenceField, SelectField } from 'react-admin'
import { DateRangeField } from '../common/DateRangeField'
import { InstitutionChipsField } from '../common/InstitutionChipsField'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { MODALITY_CHOICES } from './choices'
import { useEventFilters } from './eventFilters'
import { BulkWorkflowButtons, RememberShownVersions } from './BulkWorkflowButtons'
import { EventListActions } from './EventListActions'
import { StatusField } from './StatusField'

const Column = DataTable.Col<Event>

/**
 * The events, newest first. An empty calendar shows the list's toolbar too
 * (not react-admin's "empty" page), since Import is where one starts then. A column's `source` is the sort field sent to
 * `GET /api/events`; columns the API cannot sort by have `disableSort`.
 */
export const EventList = () => {
  const filters = useEventFilters()
  return (
    <List<Event>
      filters={filters}
      sort={{ field: 'startDate', order: 'DESC' }}
      perPage={DEFAULT_PAGE_SIZE}
      actions={<EventListActions />}
      empty={false}
    >
      <RememberShownVersions />
      <DataTable<Event> rowClick="show" bulkActionButtons={<BulkWorkflowButtons />}>
        <Column source="title">
          <LocalizedTextField source="title" />
        </Column>
        <Column source="startDate" label="resources.events.fields.dates">
          <DateRangeField dateStyle="medium" />
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
        <Column source="status">
          <StatusField />
        </Column>
      </DataTable>
    </List>
  )
}
