import { zodResolver } from '@hookform/resolvers/zod'
import { EventInputSchema, MAX_TEXT_LENGTH, MODALITIES, type EventData } from '@rcm/shared'
import { Box, LinearProgress, Stack, Typography } from '@mui/material'
import { type ChangeEvent, lazy, type ReactNode, Suspense, useContext, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import {
  DateInput,
  type RaRecord,
  SelectInput,
  TextInput,
  TranslatableContext,
  useLocaleState,
  useSourceContext,
  useTranslate,
} from 'react-admin'
import { TaxonomyInputs } from '../taxonomy/TaxonomyInputs'
import { keepText } from '../common/keepText'
import { TranslatedInputs, TranslationLayoutSwitch } from '../translation/TranslatedInputs'
import { ContactsInput } from './ContactsInput'
import { InstitutionsInput } from './InstitutionsInput'
import { ObjectivesInput } from './ObjectivesInput'
import { useEventFormText } from './useEventFormText'
import { VenueInput } from './VenueInput'
import { MeetingLinkInputs, TimesInput } from '../times/TimesInput'

/**
 * The shared schema checks the form, and it alone: the forms set `noValidate`,
 * else the browser's check of `type="email"` would block the submit with its
 * own bubble, in the browser's language. `raw` submits the form values rather
 * than the parsed ones: the parse would drop `version`, which an update must
 * send back (the server ignores the other fields it owns).
 */
export const eventFormResolver = zodResolver(EventInputSchema, undefined, { raw: true })

/** What a new event's form starts from. */
export const newEventValues = (): EventData => ({
  title: { en: '', es: '' },
  description: { en: '', es: '' },
  objectives: [],
  startDate: null,
  endDate: null,
  modality: 'in_person',
  city: '',
  venueId: null,
  institutionIds: [],
  contactEmails: [],
  contactPhones: [],
  // documents and cover image (issue 18 §1)
  documents: [],
  imageFileId: null,
  // times and meeting link (issue 18 §2)
  startTime: null,
  endTime: null,
  timeZone: null,
  meetingUrl: null,
  meetingUrlPublic: false,
  // presidency (chosen on save when left empty), type, countries and networks (issue 18 §3)
  presidencyId: null,
  typeId: null,
  countryCodes: [],
  networkIds: [],
})

// The editor (tiptap, the biggest chunk), the documents' and the cover image's uploaders stay out of the app's bundle,
// but start loading with this module, beside the record's request: imported on first render instead, they waited for
// the record and the form's render, then for each other (React renders no sibling of a component that suspends).
const descriptionModule = import('./DescriptionRichTextInput')
const documentsModule = import('../files/DocumentsInput')
const coverImageModule = import('../files/CoverImageInput')
const DescriptionRichTextInput = lazy(() =>
  descriptionModule.then((module) => ({ default: module.DescriptionRichTextInput })),
)
const DocumentsInput = lazy(() => documentsModule.then((module) => ({ default: module.DocumentsInput })))
const CoverImageInput = lazy(() => coverImageModule.then((module) => ({ default: module.CoverImageInput })))

/**
 * In tabs, whether the tab this input sits in has been open: an editor starts when its tab is first opened and then
 * stays, since starting tiptap is the slowest part of opening the form on a phone and most edits touch one language.
 * Side by side (no tabs), every input is shown at once.
 */
function useTabOpened(source: string): boolean {
  const tabs = useContext(TranslatableContext)
  const language = useSourceContext().getSource(source).split('.').pop()
  const shown = tabs === undefined || tabs.selectedLocale === language
  const [opened, setOpened] = useState(shown)
  if (shown && !opened) setOpened(true)
  return opened || shown
}

const DescriptionInput = ({ source, label }: { source: string; label: string }) =>
  useTabOpened(source) ? (
    <Suspense fallback={<LinearProgress />}>
      <DescriptionRichTextInput source={source} label={label} />
    </Suspense>
  ) : null

/** An empty date is `null`: the date is to be confirmed (start) or the event lasts one day (end). */
const emptyToNull = (value: string) => (value === '' ? null : value)

const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
    {children}
  </Typography>
)

/** Past this many characters a title is unusually long: its input counts them against the limit. */
const LONG_TITLE = 200

/** Under a long title, its length and the schema's limit, so that the limit is no surprise on saving. */
const TitleLength = () => {
  const text = useEventFormText()
  const [locale] = useLocaleState()
  // In a language's tab or column: "title.en" or "title.es".
  const value: unknown = useWatch({ name: useSourceContext().getSource('title') })
  if (typeof value !== 'string' || value.length <= LONG_TITLE) return null
  return (
    <>
      {text('titleLength', { count: value.length.toLocaleString(locale), max: MAX_TEXT_LENGTH.toLocaleString(locale) })}
    </>
  )
}

/** The inputs of an event, shared by EventCreate and EventEdit. */
export const EventInputs = () => {
  const text = useEventFormText()
  const { setValue } = useFormContext()
  const translate = useTranslate()
  return (
    <>
      <Stack direction="row" sx={{ width: '100%', mt: 2, flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <SectionTitle>{text('sections.about')}</SectionTitle>
        <Box sx={{ flexGrow: 1 }} />
        <TranslationLayoutSwitch />
      </Stack>
      <TranslatedInputs groupKey="about-">
        <TextInput source="title" label={text('title')} parse={keepText} helperText={<TitleLength />} />
        <DescriptionInput source="description" label={text('description')} />
      </TranslatedInputs>

      <SectionTitle>{text('sections.whenWhere')}</SectionTitle>
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <DateInput
          source="startDate"
          label={text('startDate')}
          helperText={text('startDateHelp')}
          parse={emptyToNull}
        />
        <DateInput source="endDate" label={text('endDate')} helperText={text('endDateHelp')} parse={emptyToNull} />
      </Stack>
      <TimesInput />
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
        <SelectInput
          source="modality"
          label={text('modality')}
          choices={MODALITIES.map((modality) => ({ id: modality, name: text(`modalities.${modality}`) }))}
          isRequired
          onChange={(event: RaRecord | ChangeEvent<HTMLInputElement>) => {
            const modality = 'target' in event ? event.target.value : event.id
            if (modality === 'virtual') setValue('venueId', null, { shouldDirty: true })
          }}
        />
        <TextInput source="city" label={text('city')} parse={keepText} />
      </Stack>
      <MeetingLinkInputs />
      <VenueInput />

      <SectionTitle>{text('sections.organisers')}</SectionTitle>
      <InstitutionsInput />
      <ContactsInput />

      <SectionTitle>{text('sections.objectives')}</SectionTitle>
      <ObjectivesInput />

      {/* documents and cover image (issue 18 §1) */}
      <SectionTitle>{translate('rcm.files.documents')}</SectionTitle>
      <Suspense fallback={<LinearProgress />}>
        <DocumentsInput />
        <SectionTitle>{translate('rcm.files.cover')}</SectionTitle>
        <CoverImageInput />
      </Suspense>
      {/* presidency, type, countries and networks (issue 18 §3) */}
      <SectionTitle>{translate('rcm.taxonomy.section')}</SectionTitle>
      <TaxonomyInputs />
    </>
  )
}
