import { localize, toFieldErrors, VenueInputSchema, type LocalizedText, type Venue } from '@rcm/shared'
import { type FormEvent, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { AutocompleteInput, ReferenceInput, useCreate, useCreateSuggestionContext } from 'react-admin'
import { useLanguage } from '../common/useLocalized'
import { CreateDialog, DialogTextField, useCreateErrorHandler, useErrorText } from './CreateDialog'
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
  if (modality === 'virtual' && venueId == null) return null
  return (
    <ReferenceInput source="venueId" reference="venues" sort={{ field: 'name', order: 'ASC' }}>
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

const CreateVenueDialog = () => {
  const text = useEventFormText()
  const errorText = useErrorText()
  const language = useLanguage()
  const { filter = '', onCancel, onCreate } = useCreateSuggestionContext()
  const { getValues } = useFormContext()
  const eventCity: unknown = getValues('city')
  const [name, setName] = useState<LocalizedText>({
    en: language === 'en' ? filter : '',
    es: language === 'es' ? filter : '',
  })
  const [city, setCity] = useState(typeof eventCity === 'string' ? eventCity : '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [create, { isPending }] = useCreate<Venue>()
  const handleCreateError = useCreateErrorHandler()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    event.stopPropagation()
    const parsed = VenueInputSchema.safeParse({ name, city })
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error))
      return
    }
    try {
      onCreate(await create('venues', { data: parsed.data }, { returnPromise: true }))
    } catch (error) {
      handleCreateError(error, setErrors)
    }
  }

  return (
    <CreateDialog title={text('createVenue.title')} onCancel={onCancel} onSubmit={handleSubmit} isPending={isPending}>
      <DialogTextField
        label={text('createVenue.nameEn')}
        value={name.en}
        onChange={(en) => setName({ ...name, en })}
        error={errorText(errors['name.en'])}
        autoFocus={language === 'en'}
      />
      <DialogTextField
        label={text('createVenue.nameEs')}
        value={name.es}
        onChange={(es) => setName({ ...name, es })}
        error={errorText(errors['name.es'])}
        autoFocus={language === 'es'}
      />
      <DialogTextField
        label={text('createVenue.city')}
        value={city}
        onChange={setCity}
        error={errorText(errors.city)}
      />
    </CreateDialog>
  )
}
