import { zodResolver } from '@hookform/resolvers/zod'
import { LANGUAGES, VenueInputSchema } from '@rcm/shared'
import { TextInput, TranslatableInputs } from 'react-admin'
import { keepText } from '../common/keepText'
import { useLanguage } from '../common/useLocalized'

/** The shared schema checks the form; the server checks the same one. */
export const venueResolver = zodResolver(VenueInputSchema)

/** The inputs of a venue, shared by VenueCreate and VenueEdit; names are `name.en` and `name.es`. */
export const VenueInputs = () => {
  const language = useLanguage()
  return (
    <>
      <TranslatableInputs locales={[...LANGUAGES]} defaultLocale={language} fullWidth>
        <TextInput source="name" parse={keepText} />
      </TranslatableInputs>
      <TextInput source="city" parse={keepText} />
      <TextInput source="country" helperText="resources.venues.helpers.country" sx={{ maxWidth: 240 }} />
      <TextInput source="address" multiline fullWidth />
    </>
  )
}
