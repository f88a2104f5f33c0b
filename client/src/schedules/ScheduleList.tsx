import type { Schedule } from '@rcm/shared'
import { DataTable, FunctionField, List, ReferenceField } from 'react-admin'
import { EmptyNotice } from '../common/EmptyNotice'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LocaleDateField } from '../common/LocaleDateField'
import { useCancellationText } from './useCancellationText'

const Column = DataTable.Col<Schedule>

/** Why a scheduled publication was cancelled, when one was. */
const CancelledField = () => {
  const cancellationText = useCancellationText()
  return (
    <FunctionField<Schedule>
      source="cancelled"
      render={(schedule) => (schedule.cancelled ? cancellationText(schedule.cancelled, 'short') : '')}
    />
  )
}

/**
 * What will be published or unpublished, and when (id = the event's id), and
 * the publications a change to their event cancelled, for whoever set them.
 */
export const ScheduleList = () => (
  <List<Schedule>
    sort={{ field: 'publishAt', order: 'ASC' }}
    exporter={false}
    empty={<EmptyNotice message="rcm.schedule.empty" />}
  >
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
      <Column source="cancelled" disableSort>
        <CancelledField />
      </Column>
    </DataTable>
  </List>
)

export default ScheduleList
