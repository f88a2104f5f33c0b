import type { Event, Role, WorkflowStep } from '@rcm/shared'
import { Stack } from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import {
  Button,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin'
import { allowedSteps, canRoleAccess } from '../providers/access'
import { STEP_METHODS, type CalendarDataProvider } from '../providers/dataProvider'
import { errorMessage, staleCurrentOf } from '../common/httpErrors'
import { useSaveFirst } from './SaveFirst'
import { StepDialog, type StepChoice } from './StepDialog'
import { useWorkflowDialog } from './WorkflowDialogProvider'

const toIso = (local: string) => (local === '' ? null : new Date(local).toISOString())

/** The form's unsaved changes could not be saved: the step is not taken. */
class NotSaved extends Error {}

/**
 * The workflow buttons of an event: only the steps the shared table allows
 * for the user's role and the event's state. Each opens a dialog for the
 * comment; a reviewer's publish can be scheduled instead. The step, or the
 * schedule, carries the version shown when the dialog opened; when the event
 * has changed since, the server refuses it (409), and the page reads it again
 * with a notice saying so. On an edit form with unsaved changes, the step
 * saves them first and acts on the version saved; if the save fails (invalid
 * values, a conflict), nothing is done and the form keeps what was typed.
 */
export const WorkflowActions = () => {
  const record = useRecordContext<Event>()
  const { permissions: role } = usePermissions<Role>()
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const dialog = useWorkflowDialog(record?.id)
  const form = useSaveFirst()
  const isDirty = form?.isDirty ?? false

  const { mutate, isPending } = useMutation({
    mutationFn: async ({
      step,
      version: seen,
      choice,
    }: {
      step: WorkflowStep
      version: number
      choice: StepChoice
    }) => {
      if (!record) throw new Error('No event')
      let version = seen
      let saved = false
      if (form?.isDirty) {
        const event = await form.saveNow()
        if (!event) throw new NotSaved()
        version = event.version
        saved = true
      }
      const publishAt = toIso(choice.publishAt)
      const unpublishAt = toIso(choice.unpublishAt)
      if (step === 'publish' && publishAt) {
        await dataProvider.scheduleEvent(record.id, { version, publishAt, unpublishAt })
        return { done: 'scheduled' as const, saved }
      }
      const { data: after } = await dataProvider[STEP_METHODS[step]](record.id, {
        version,
        comment: choice.comment || undefined,
      })
      if (step === 'publish' && unpublishAt)
        await dataProvider.scheduleEvent(record.id, { version: after.version, publishAt: null, unpublishAt })
      return { done: step, saved }
    },
    onSuccess: ({ done, saved }) => {
      dialog.close()
      const message = done === 'scheduled' ? 'rcm.workflow.scheduled' : `rcm.workflow.${done}.done`
      if (saved) notify('rcm.save_first.done', { type: 'success', messageArgs: { step: translate(message) } })
      else notify(message, { type: 'success' })
      refresh()
    },
    onError: (error) => {
      if (error instanceof NotSaved) {
        dialog.close()
        notify('rcm.save_first.not_saved', { type: 'warning', multiLine: true })
        return
      }
      // Someone changed the event after the user saw it: show them what it is now before any step is taken on it.
      if (staleCurrentOf(error) !== undefined) {
        dialog.close()
        notify('rcm.workflow.stale', { type: 'warning', multiLine: true, autoHideDuration: null })
        refresh()
        return
      }
      const message = errorMessage(error)
      notify(message, { type: 'error', multiLine: true, messageArgs: { _: message } })
    },
  })

  if (!record) return null
  const steps = allowedSteps(role, record)
  if (steps.length === 0) return null
  const { step: openStep, version: openVersion } = dialog
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {steps.map((step) => (
        <Button
          key={step}
          label={translate(`rcm.workflow.${step}.label`)}
          onClick={() => dialog.open(step, record.version)}
          variant={step === 'publish' || step === 'submit' ? 'contained' : 'outlined'}
          color={step === 'archive' || step === 'unpublish' ? 'warning' : 'primary'}
        />
      ))}
      {openStep && openVersion !== null && (
        <StepDialog
          key={openStep}
          step={openStep}
          version={openVersion}
          savesFirst={isDirty}
          open
          choice={dialog.choice}
          onChange={dialog.change}
          isPending={isPending}
          canSchedule={openStep === 'publish' && canRoleAccess(role, { resource: 'events', action: 'publish' })}
          onClose={dialog.close}
          onConfirm={(choice) => mutate({ step: openStep, version: openVersion, choice })}
          texts={record}
        />
      )}
    </Stack>
  )
}
