import type { Venue } from '@rcm/shared'
import { DataTable, SimpleList } from 'react-admin'
import { useLanguageSortField } from '../common/languageSort'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { LookupList } from '../lookup-tables/LookupList'
import { CountryField, countryName } from './CountryField'

const Column = DataTable.Col<Venue>

/** A phone's list: the venue's name, then where it is (address, city, country). */
const PhoneList = () => {
  const localized = useLocalized()
  const language = useLanguage()
  return (
    <SimpleList<Venue>
      linkType="edit"
      primaryText={(venue) => localized(venue.name)}
      secondaryText={(venue) =>
        [venue.address, venue.city, venue.country && countryName(venue.country, language)].filter(Boolean).join(' · ')
      }
    />
  )
}

/** Venues by name in the interface language; `address` is not a sort field of the API. */
export const VenueList = () => (
  <LookupList phoneList={<PhoneList />}>
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
