import type { Event } from '@rcm/shared'
import { Alert } from '@mui/material'
import { useState } from 'react'
import { useWatch } from 'react-hook-form'
import { Edit, type EditProps, ShowButton, SimpleForm, TopToolbar, useNotify, useRecordContext } from 'react-admin'
import { ConflictDialog } from './ConflictDialog'
import { EventInputs, eventFormResolver } from './EventInputs'
import { fieldErrorsOf, staleCurrentOf, statusOf } from '../common/httpErrors'
import { EventPreviewButton } from './EventPreviewButton'
import { ChangesRequestedNotice } from '../revisions/ChangesRequestedNotice'
import { PresenceNotice } from './PresenceNotice'
import { PublishChecklist } from './PublishChecklist'
import { useEventFormText } from './useEventFormText'
import { WorkflowActions } from './WorkflowActions'

const EditActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <WorkflowActions />
    <EventPreviewButton />
    <ShowButton />
  </TopToolbar>
)

/**
 * Who else has the form open, that saving sends an event in review back to
 * draft (decision 013), and the publish checklist of the values as typed.
 */
const FormHeader = () => {
  const record = useRecordContext<Event>()
  const text = useEventFormText()
  const [title, city, modality, institutionIds, contactEmails] = useWatch<
    Event,
    ['title', 'city', 'modality', 'institutionIds', 'contactEmails']
  >({
    name: ['title', 'city', 'modality', 'institutionIds', 'contactEmails'],
  })
  if (!record) return null
  return (
    <>
      <PresenceNotice eventId={record.id} />
      <ChangesRequestedNotice />
      {record.status === 'in_review' && (
        <Alert severity="warning" sx={{ my: 1 }}>
          {text('inReview')}
        </Alert>
      )}
      {record.status !== 'archived' && (
        <PublishChecklist
          event={{
            title: title ?? { en: '', es: '' },
            city: city ?? '',
            modality: modality ?? 'in_person',
            institutionIds: institutionIds ?? [],
            contactEmails: contactEmails ?? [],
          }}
        />
      )}
    </>
  )
}

/**
 * Edits an event. The form values keep the record's `version`, which the PUT
 * sends back; a 409 means someone saved in between: the form keeps what was
 * typed and a dialog shows it beside the current record, field by field, to
 * save again on top of the current version.
 */
export const EventEdit = (props: Omit<EditProps, 'children'>) => {
  const notify = useNotify()
  const text = useEventFormText()
  // Set after a 409: the record as the server has it now, when the answer carries it.
  const [conflict, setConflict] = useState<{ current?: unknown } | null>(null)
  const onError = (error: unknown) => {
    if (statusOf(error) === 409) {
      const message = text('conflict')
      notify(message, { type: 'error', autoHideDuration: null, multiLine: true, messageArgs: { _: message } })
      setConflict({ current: staleCurrentOf(error) })
      return
    }
    // As react-admin's own handler: field errors show on the inputs, in pessimistic mode only.
    if (fieldErrorsOf(error)) return
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error'
    notify(message, { type: 'error', messageArgs: { _: message } })
  }
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} actions={<EditActions />} {...props}>
      <SimpleForm resolver={eventFormResolver} noValidate warnWhenUnsavedChanges>
        <FormHeader />
        <EventInputs />
        {conflict !== null && <ConflictDialog serverCurrent={conflict.current} onClose={() => setConflict(null)} />}
      </SimpleForm>
    </Edit>
  )
}
