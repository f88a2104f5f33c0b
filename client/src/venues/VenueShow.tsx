import { TextField, type ShowProps } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupShow } from '../lookup-tables/LookupViews'
import { CountryField } from './CountryField'

export const VenueShow = (props: Omit<ShowProps, 'children'>) => (
  <LookupShow relatedEvents={{ target: 'venueId', title: 'resources.venues.related_events' }} {...props}>
    <LocalizedTextField source="name" />
    <TextField source="city" />
    <CountryField label="resources.venues.fields.country" />
    <TextField source="address" />
  </LookupShow>
)
