import { EventSchema, type Event } from '@rcm/shared'
import { Alert } from '@mui/material'
import { useCallback, useState } from 'react'
import { useWatch } from 'react-hook-form'
import {
  Edit,
  type EditProps,
  ShowButton,
  SimpleForm,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRedirect,
} from 'react-admin'
import { ConflictDialog } from './ConflictDialog'
import { EventInputs, eventFormResolver } from './EventInputs'
import { FormDraftKeeper } from '../common/FormDraftKeeper'
import { SaveShortcut } from '../common/SaveShortcut'
import type { FormDraft } from '../common/formDraft'
import { fieldErrorsOf, staleCurrentOf, statusOf } from '../common/httpErrors'
import { EventPreviewButton } from './EventPreviewButton'
import { ChangesRequestedNotice } from '../revisions/ChangesRequestedNotice'
import { PresenceNotice } from './PresenceNotice'
import { PublishChecklist } from './PublishChecklist'
import { TranslationChecklist } from '../translation/TranslationChecklist'
import { SaveFirstBridge, SaveFirstProvider } from './SaveFirst'
import { useEventFormText } from './useEventFormText'
import { useEventNotFound } from './useEventNotFound'
import { WorkflowActions } from './WorkflowActions'

const EditActions = () => (
  // Wrapping: with unsaved changes the preview button says "Save and preview", too long for one row on a phone.
  <TopToolbar sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
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
  const [title, city, modality, institutionIds, contactEmails, description, objectives, staleTexts] = useWatch<
    Event,
    ['title', 'city', 'modality', 'institutionIds', 'contactEmails', 'description', 'objectives', 'staleTexts']
  >({
    name: ['title', 'city', 'modality', 'institutionIds', 'contactEmails', 'description', 'objectives', 'staleTexts'],
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
      {/* As the show page has them, from what the form holds now: "ready" names a language that is incomplete. */}
      {record.status !== 'archived' && (
        <>
          <PublishChecklist
            event={{
              title: title ?? { en: '', es: '' },
              city: city ?? '',
              modality: modality ?? 'in_person',
              institutionIds: institutionIds ?? [],
              contactEmails: contactEmails ?? [],
              description: description ?? { en: '', es: '' },
              objectives: objectives ?? [],
            }}
          />
          <TranslationChecklist
            event={{
              title: title ?? { en: '', es: '' },
              description: description ?? { en: '', es: '' },
              objectives: objectives ?? [],
              staleTexts: staleTexts ?? [],
            }}
          />
        </>
      )}
    </>
  )
}

/** A conflict to resolve: after a 409 (`current` as it carried it) or on restoring a copy made on an older version. */
interface Conflict {
  current?: unknown
  /** The record the user's values were typed on, when it is not the one loaded. */
  base?: Event | null
}

/**
 * The form's parts that keep work: the unsaved copy in the browser, the save
 * that workflow buttons call first, and the merge dialog. The merge's base is
 * the record the form loaded, or that of a restored copy.
 */
const KeepWork = ({
  conflict,
  setConflict,
  onSaveError,
}: {
  conflict: Conflict | null
  setConflict: (conflict: Conflict | null) => void
  onSaveError: (error: unknown) => void
}) => {
  const record = useRecordContext<Event>()
  // After a merge is sent on this record, a second 409 is resolved against what the user merged with.
  const [merged, setMerged] = useState<{ on: Event | undefined; current: Event } | null>(null)
  const mergedWith = merged !== null && merged.on === record ? merged.current : null
  const onRestoreStale = (draft: FormDraft) =>
    setConflict({ current: record, base: EventSchema.safeParse(draft.base).data ?? null })
  const base = conflict?.base !== undefined ? conflict.base : (mergedWith ?? record ?? null)
  return (
    <>
      <FormDraftKeeper resource="events" onRestoreStale={onRestoreStale} />
      <SaveShortcut />
      <SaveFirstBridge onSaveError={onSaveError} />
      {conflict !== null && (
        <ConflictDialog
          serverCurrent={conflict.current}
          base={base}
          onMerged={(current) => setMerged({ on: record, current })}
          onClose={() => setConflict(null)}
        />
      )}
    </>
  )
}

/**
 * Edits an event. The form values keep the record's `version`, which the PUT
 * sends back; a 409 means someone saved in between: the form keeps what was
 * typed and a dialog shows it beside the current record, field by field, to
 * save again on top of the current version. Unsaved values are kept in the
 * browser, and a workflow step or a preview saves them first.
 */
export const EventEdit = (props: Omit<EditProps, 'children'>) => {
  const notify = useNotify()
  const redirect = useRedirect()
  const text = useEventFormText()
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const notFound = useEventNotFound()
  const onError = useCallback(
    (error: unknown) => {
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
    },
    [notify, text],
  )
  // As react-admin's own (the event's name, then its page), but a save that took the event out of review says so:
  // it has left the reviewers' queue.
  const onSuccess = useCallback(
    (saved: Event, variables: { previousData?: Partial<Event> }) => {
      const backToDraft = variables.previousData?.status === 'in_review' && saved.status === 'draft'
      notify(
        backToDraft ? 'resources.events.notifications.updated_to_draft' : 'resources.events.notifications.updated',
        {
          type: 'info',
          multiLine: backToDraft,
          messageArgs: { smart_count: 1 },
        },
      )
      redirect('show', 'events', saved.id, saved)
    },
    [notify, redirect],
  )
  return (
    <SaveFirstProvider>
      <Edit
        mutationMode="pessimistic"
        mutationOptions={{ onError, onSuccess }}
        queryOptions={notFound}
        actions={<EditActions />}
        {...props}
      >
        <SimpleForm resolver={eventFormResolver} noValidate>
          <KeepWork conflict={conflict} setConflict={setConflict} onSaveError={onError} />
          <FormHeader />
          <EventInputs />
        </SimpleForm>
      </Edit>
    </SaveFirstProvider>
  )
}
