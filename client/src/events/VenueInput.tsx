import { localize, VenueInputSchema, type LocalizedText } from '@rcm/shared'
import { useFormContext, useWatch } from 'react-hook-form'
import { AutocompleteInput, ReferenceInput, useCreateSuggestionContext } from 'react-admin'
import { useLanguageSort } from '../common/languageSort'
import { useLanguage } from '../common/useLocalized'
import { QuickCreateDialog } from '../lookup-tables/QuickCreateDialog'
import { useEventFormText } from './useEventFormText'

/**
 * The venue, searched with `q`, named in the interface language. A name that
 * is not found can be added on the spot, in the event's city. Hidden for a
 * virtual event unless one is set (legacy data), so that it can be removed.
 */
export const VenueInput = () => {
  const text = useEventFormText()
  const language = useLanguage()
  const modality: unknown = useWatch({ name: 'modality' })
  const venueId: unknown = useWatch({ name: 'venueId' })
  const byName = useLanguageSort('name')
  if (modality === 'virtual' && venueId == null) return null
  return (
    <ReferenceInput source="venueId" reference="venues" sort={byName}>
      <AutocompleteInput
        label={text('venue')}
        helperText={text('venueHelp')}
        optionText={(venue: { name?: LocalizedText }) => localize(venue.name, language)}
        create={<CreateVenueDialog />}
        fullWidth
      />
    </ReferenceInput>
  )
}

/** The name typed, in the interface language's input, and the event's city. */
const CreateVenueDialog = () => {
  const text = useEventFormText()
  const language = useLanguage()
  const { filter = '' } = useCreateSuggestionContext()
  const eventCity: unknown = useFormContext().getValues('city')
  return (
    <QuickCreateDialog
      resource="venues"
      schema={VenueInputSchema}
      title={text('createVenue.title')}
      fields={[
        { source: 'name.en', label: text('createVenue.nameEn'), autoFocus: language === 'en' },
        { source: 'name.es', label: text('createVenue.nameEs'), autoFocus: language === 'es' },
        { source: 'city', label: text('createVenue.city') },
        // The event's time zone defaults from its venue's country.
        { source: 'country', label: text('createVenue.country'), helperText: text('createVenue.countryHelp') },
      ]}
      initialValues={{ [`name.${language}`]: filter, city: typeof eventCity === 'string' ? eventCity : '' }}
    />
  )
}
