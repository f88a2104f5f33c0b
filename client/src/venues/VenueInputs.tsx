import { zodResolver } from '@hookform/resolvers/zod'
import { VenueInputSchema } from '@rcm/shared'
import { TextInput } from 'react-admin'
import { keepText } from '../common/keepText'
import { LanguageTabs } from '../common/LanguageTabs'

/** The shared schema checks the form; the server checks the same one. */
export const venueResolver = zodResolver(VenueInputSchema)

/** The inputs of a venue, shared by VenueCreate and VenueEdit; names are `name.en` and `name.es`. */
export const VenueInputs = () => (
  <>
    <LanguageTabs>
      <TextInput source="name" parse={keepText} />
    </LanguageTabs>
    <TextInput source="city" parse={keepText} />
    <TextInput source="country" helperText="resources.venues.helpers.country" sx={{ maxWidth: 240 }} />
    <TextInput source="address" multiline fullWidth />
  </>
)
