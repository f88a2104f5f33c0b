import type { Event, Revision } from '@rcm/shared'
import { Typography } from '@mui/material'
import { DataTable, List, Loading, useGetList, useTranslate } from 'react-admin'
import { DateRangeField } from '../common/DateRangeField'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { StatusField } from './StatusField'

const STEPS = ['submit', 'request-changes', 'publish']

/** The events whose last review step was "request changes", from their revisions. */
export function eventsWithChangesRequested(revisions: readonly Pick<Revision, 'eventId' | 'action'>[]): number[] {
  const last = new Map<number, string>()
  // Newest first: the first step seen per event is its latest.
  for (const revision of revisions) if (!last.has(revision.eventId)) last.set(revision.eventId, revision.action)
  return [...last].filter(([, action]) => action === 'request-changes').map(([eventId]) => eventId)
}

/** "Changes requested": drafts sent back by a reviewer and not resubmitted yet. */
export const ChangesRequestedList = () => {
  const translate = useTranslate()
  const { data, isPending } = useGetList<Revision>('revisions', {
    filter: { action: STEPS },
    sort: { field: 'id', order: 'DESC' },
    pagination: { page: 1, perPage: 1000 },
  })
  if (isPending) return <Loading />
  const ids = eventsWithChangesRequested(data ?? [])
  const title = translate('rcm.menu.changes_requested', { _: 'Changes requested' })
  if (ids.length === 0) {
    return (
      <Typography sx={{ p: 2 }} role="status">
        {translate('rcm.workflow.none_requested', { _: 'No event is waiting for changes.' })}
      </Typography>
    )
  }
  return (
    <List<Event> resource="events" title={title} filter={{ status: 'draft', id: ids }} sort={{ field: 'updatedAt', order: 'DESC' }} storeKey="events.changesRequested" exporter={false}>
      <DataTable<Event> rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="title">
          <LocalizedTextField source="title" />
        </DataTable.Col>
        <DataTable.Col source="startDate" label="resources.events.fields.dates">
          <DateRangeField dateStyle="medium" />
        </DataTable.Col>
        <DataTable.Col source="city" />
        <DataTable.Col source="status">
          <StatusField />
        </DataTable.Col>
      </DataTable>
    </List>
  )
}

export default ChangesRequestedList
