import type { Venue } from '@rcm/shared'
import { Box } from '@mui/material'
import { Edit, SimpleForm, type EditProps } from 'react-admin'
import { RecordTitle } from '../common/RecordTitle'
import { RelatedEvents } from '../events/RelatedEvents'
import { VenueInputs, venueResolver } from './VenueInputs'

/** Pessimistic, so that the server's field errors show on the inputs. */
export const VenueEdit = (props: Omit<EditProps<Venue>, 'children'>) => (
  <Edit<Venue> mutationMode="pessimistic" title={<RecordTitle source="name" view="edit" />} {...props}>
    <SimpleForm resolver={venueResolver}>
      <VenueInputs />
    </SimpleForm>
    <Box sx={{ px: 2, pb: 2 }}>
      <RelatedEvents target="venueId" title="resources.venues.related_events" />
    </Box>
  </Edit>
)
