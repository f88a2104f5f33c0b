import { canTransition, type Event } from '@rcm/shared'
import { Box, Divider, Link, Stack, Typography } from '@mui/material'
import { lazy, Suspense, type ReactNode } from 'react'
import {
  EditButton,
  Loading,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type ShowProps,
} from 'react-admin'
import { DateRangeField } from '../common/DateRangeField'
import { InstitutionsField } from '../common/InstitutionsField'
import { LocalizedRichTextField } from '../common/LocalizedRichTextField'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { RecordTitle } from '../common/RecordTitle'
import { useLocalized } from '../common/useLocalized'
import { ChangesSinceReview } from '../revisions/ChangesSinceReview'
import { MODALITY_CHOICES } from './choices'
import { EventPreviewButton } from './EventPreviewButton'
import { ObjectivesField } from './ObjectivesField'
import { PublishChecklist } from './PublishChecklist'
import { TranslationChecklist } from '../translation/TranslationChecklist'
import { DuplicateButton } from './DuplicateButton'
import { ChangesRequestedNotice } from '../revisions/ChangesRequestedNotice'
import { ScheduleNotice } from '../schedules/ScheduleNotice'
import { StatusField } from './StatusField'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowTimeline } from './WorkflowTimeline'
import { EventTimeField } from '../times/EventTimeField'
import { useEventNotFound } from './useEventNotFound'
import { CoverImageField, DocumentsField } from '../files/DocumentsField'
import { CountriesField, EventTypeField, NetworksField, PresidencyField } from '../taxonomy/TaxonomyFields'

const RevisionsTab = lazy(() => import('../revisions/RevisionsTab'))

/** One "label: value" line of the page, as a term and its description; a long link or address wraps within the screen. */
const Detail = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate()
  return (
    <>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  )
}

const Details = ({ children }: { children: ReactNode }) => (
  <Box
    component="dl"
    sx={{ display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 3, rowGap: 1, my: 2 }}
  >
    {children}
  </Box>
)

const ContactLinks = ({ values, scheme }: { values: string[]; scheme: 'mailto' | 'tel' }) => (
  <Stack component="span" direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
    {values.map((value) => (
      // tel: URIs carry no spaces (RFC 3966); the text keeps the number as written.
      <Link key={value} href={`${scheme}:${scheme === 'tel' ? value.replace(/\s+/g, '') : value}`}>
        {value}
      </Link>
    ))}
  </Stack>
)

/** The event as the public calendar page reads, plus its working status. */
const EventPage = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  const localized = useLocalized()
  if (!record) return null
  const hasDescription = record.description.en !== '' || record.description.es !== ''
  return (
    <Box sx={{ p: 2, maxWidth: 900 }}>
      <Typography component="h1" variant="h5">
        {localized(record.title)}
      </Typography>
      <CoverImageField />
      <Details>
        <Detail label="resources.events.fields.city">{record.city}</Detail>
        <Detail label="resources.events.fields.venueId">
          <ReferenceField source="venueId" reference="venues" emptyText="—">
            <LocalizedTextField source="name" />
          </ReferenceField>
        </Detail>
        <Detail label="resources.events.fields.dates">
          <DateRangeField />
          <EventTimeField />
        </Detail>
        <Detail label="resources.events.fields.modality">
          <SelectField source="modality" choices={MODALITY_CHOICES} />
        </Detail>
        {record.meetingUrl !== null && (
          <Detail label="rcm.times.meetingUrl">
            <Link href={record.meetingUrl} target="_blank" rel="noopener noreferrer">
              {record.meetingUrl}
            </Link>
            {!record.meetingUrlPublic && ` (${translate('rcm.times.meeting_private')})`}
          </Detail>
        )}
        {record.presidencyId !== null && (
          <Detail label="resources.events.fields.presidencyId">
            <PresidencyField />
          </Detail>
        )}
        {record.typeId !== null && (
          <Detail label="resources.events.fields.typeId">
            <EventTypeField />
          </Detail>
        )}
        {record.countryCodes.length > 0 && (
          <Detail label="resources.events.fields.countryCodes">
            <CountriesField />
          </Detail>
        )}
        {record.networkIds.length > 0 && (
          <Detail label="resources.events.fields.networkIds">
            <NetworksField />
          </Detail>
        )}
      </Details>
      {(hasDescription || record.objectives.length > 0) && (
        <>
          <Typography component="h2" variant="h6" sx={{ mt: 2, mb: 1 }}>
            {translate('resources.events.show.about')}
          </Typography>
          {hasDescription && (
            <Box sx={{ mb: 2 }}>
              <LocalizedRichTextField source="description" />
            </Box>
          )}
          <ObjectivesField />
        </>
      )}
      {record.documents.length > 0 && (
        <>
          <Typography component="h2" variant="h6" sx={{ mt: 2, mb: 1 }}>
            {translate('rcm.files.documents')}
          </Typography>
          <DocumentsField />
        </>
      )}
      <Divider sx={{ my: 2 }} />
      <Details>
        {record.institutionIds.length > 0 && (
          <Detail label="resources.events.fields.institutionIds">
            <InstitutionsField />
          </Detail>
        )}
        {record.contactEmails.length > 0 && (
          <Detail label="resources.events.fields.contactEmails">
            <ContactLinks values={record.contactEmails} scheme="mailto" />
          </Detail>
        )}
        {record.contactPhones.length > 0 && (
          <Detail label="resources.events.fields.contactPhones">
            <ContactLinks values={record.contactPhones} scheme="tel" />
          </Detail>
        )}
        <Detail label="resources.events.fields.status">
          <StatusField />
        </Detail>
      </Details>
    </Box>
  )
}

/** The workflow beside the page: the steps the user may take, what publishing still needs, and the steps so far. */
const WorkflowPanel = () => {
  const record = useRecordContext<Event>()
  if (!record) return null
  return (
    <Box sx={{ px: 2, pb: 2, maxWidth: 900 }}>
      <WorkflowActions />
      <ChangesRequestedNotice />
      <ScheduleNotice />
      {canTransition(record, 'publish') && <PublishChecklist event={record} />}
      {record.status !== 'archived' && <TranslationChecklist event={record} />}
      <ChangesSinceReview />
      <WorkflowTimeline />
    </Box>
  )
}

const ShowActions = () => (
  <TopToolbar>
    <EventPreviewButton />
    <DuplicateButton />
    <EditButton />
  </TopToolbar>
)

export const EventShow = (props: Omit<ShowProps<Event>, 'children'>) => {
  const translate = useTranslate()
  const notFound = useEventNotFound()
  return (
    <Show<Event>
      title={<RecordTitle source="title" view="show" />}
      actions={<ShowActions />}
      queryOptions={notFound}
      {...props}
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('rcm.history.details')}>
          <EventPage />
          <WorkflowPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('rcm.history.tab')} path="history">
          <Suspense fallback={<Loading />}>
            <RevisionsTab />
          </Suspense>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  )
}
