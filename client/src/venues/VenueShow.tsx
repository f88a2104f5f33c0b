import type { Venue } from '@rcm/shared'
import { Box } from '@mui/material'
import { Show, SimpleShowLayout, TextField, type ShowProps } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { RecordTitle } from '../common/RecordTitle'
import { RelatedEvents } from '../events/RelatedEvents'
import { CountryField } from './CountryField'

export const VenueShow = (props: Omit<ShowProps<Venue>, 'children'>) => (
  <Show<Venue> title={<RecordTitle source="name" view="show" />} {...props}>
    <SimpleShowLayout>
      <LocalizedTextField source="name" />
      <TextField source="city" />
      <CountryField label="resources.venues.fields.country" />
      <TextField source="address" />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <RelatedEvents target="venueId" title="resources.venues.related_events" />
    </Box>
  </Show>
)
