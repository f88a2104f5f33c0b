import type { Venue } from '@rcm/shared'
import { DataTable } from 'react-admin'
import { useLanguageSortField } from '../common/languageSort'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupList } from '../lookup-tables/LookupList'
import { CountryField } from './CountryField'

const Column = DataTable.Col<Venue>

/** Venues by name in the interface language; `address` is not a sort field of the API. */
export const VenueList = () => (
  <LookupList>
    <Column source={useLanguageSortField('name')} label="resources.venues.fields.name">
      <LocalizedTextField source="name" />
    </Column>
    <Column source="city" />
    <Column source="country">
      <CountryField />
    </Column>
    <Column source="address" disableSort />
  </LookupList>
)
