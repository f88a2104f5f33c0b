import type { EditProps } from 'react-admin'
import { LookupEdit } from '../lookup-tables/LookupViews'
import { VenueInputs, venueResolver } from './VenueInputs'

export const VenueEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={venueResolver}
    relatedEvents={{ target: 'venueId', title: 'resources.venues.related_events' }}
    {...props}
  >
    <VenueInputs />
  </LookupEdit>
)
