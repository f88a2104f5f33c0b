import type { Schedule } from '@rcm/shared'
import { DataTable, List, ReferenceField } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LocaleDateField } from '../common/LocaleDateField'

const Column = DataTable.Col<Schedule>

/** What will be published or unpublished, and when (id = the event's id). */
export const ScheduleList = () => (
  <List<Schedule> sort={{ field: 'publishAt', order: 'ASC' }} exporter={false}>
    <DataTable<Schedule> rowClick={(id) => `/events/${id}/show`} bulkActionButtons={false}>
      <Column source="eventId" disableSort>
        <ReferenceField source="eventId" reference="events" link={false}>
          <LocalizedTextField source="title" />
        </ReferenceField>
      </Column>
      <Column source="publishAt">
        <LocaleDateField source="publishAt" showTime emptyText="—" />
      </Column>
      <Column source="unpublishAt" disableSort>
        <LocaleDateField source="unpublishAt" showTime emptyText="—" />
      </Column>
    </DataTable>
  </List>
)

export default ScheduleList
