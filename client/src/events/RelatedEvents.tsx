import type { Event } from '@rcm/shared'
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material'
import { DataTable, Pagination, ReferenceManyField, useTranslate } from 'react-admin'
import { DateRangeField } from '../common/DateRangeField'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { EventSimpleList } from './EventSimpleList'
import { StatusField } from './StatusField'

const Column = DataTable.Col<Event>

/**
 * The events that use the current venue, institution, presidency, type or
 * network (`target` is the events filter naming it), newest first, each
 * linking to its page; a simple list below the `md` breakpoint, as the events list.
 */
export const RelatedEvents = ({
  target,
  title,
}: {
  target: 'venueId' | 'institutionId' | 'presidencyId' | 'typeId' | 'networkId'
  title: string
}) => {
  const translate = useTranslate()
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <Box component="section" sx={{ mt: 2, width: '100%' }}>
      <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <ReferenceManyField<Record<string, unknown> & { id: number }, Event>
        reference="events"
        target={target}
        sort={{ field: 'startDate', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty="rcm.related_events.none"
      >
        {small ? (
          <EventSimpleList />
        ) : (
          <DataTable<Event> rowClick="show" bulkActionButtons={false}>
            <Column source="title">
              <LocalizedTextField source="title" />
            </Column>
            <Column source="startDate" label="resources.events.fields.dates">
              <DateRangeField dateStyle="medium" />
            </Column>
            <Column source="city" />
            <Column source="status">
              <StatusField />
            </Column>
          </DataTable>
        )}
      </ReferenceManyField>
    </Box>
  )
}
