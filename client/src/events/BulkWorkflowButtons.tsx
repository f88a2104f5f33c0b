import type { WorkflowStep } from '@rcm/shared'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import {
  BulkDeleteButton,
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin'
import { STEP_METHODS, type CalendarDataProvider } from '../providers/dataProvider'
import { errorMessage } from '../common/httpErrors'
import { STEP_TEXTS } from './workflowTexts'

/** Outcome of a step taken on several events, one call each. */
export interface BulkOutcome {
  ok: number
  total: number
  /** "#id: the server's message" per event that was refused */
  failures: string[]
}

/**
 * Takes `step` on each event through the same call as its button, one by
 * one, so the server checks each as if done alone; refusals are collected.
 */
export async function takeStepOnEach(dataProvider: CalendarDataProvider, step: WorkflowStep, ids: readonly Identifier[]): Promise<BulkOutcome> {
  const failures: string[] = []
  for (const id of ids) {
    try {
      await dataProvider[STEP_METHODS[step]](id)
    } catch (error) {
      failures.push(`#${id}: ${errorMessage(error)}`)
    }
  }
  return { ok: ids.length - failures.length, total: ids.length, failures }
}

const BulkStepButton = ({ step }: { step: 'submit' | 'archive' }) => {
  const { selectedIds, onUnselectItems } = useListContext()
  const { canAccess } = useCanAccess({ resource: 'events', action: step })
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const [isConfirming, setIsConfirming] = useState(false)
  const { mutate, isPending } = useMutation({
    mutationFn: () => takeStepOnEach(dataProvider, step, selectedIds),
    onSuccess: ({ ok, total, failures }) => {
      setIsConfirming(false)
      if (failures.length === 0) {
        notify('rcm.bulk.done', { type: 'success', messageArgs: { ok, total, _: '%{ok} of %{total} done' } })
        onUnselectItems()
      } else {
        notify('rcm.bulk.failed', {
          type: ok === 0 ? 'error' : 'warning',
          multiLine: true,
          autoHideDuration: null,
          messageArgs: { ok, total, reasons: failures.join('; '), _: '%{ok} of %{total} done; not done: %{reasons}' },
        })
      }
      refresh()
    },
  })
  if (!canAccess) return null
  const label = translate(`rcm.workflow.${step}.label`, { _: STEP_TEXTS[step].label })
  return (
    <>
      <Button label={label} disabled={isPending} onClick={() => setIsConfirming(true)} />
      <Confirm
        isOpen={isConfirming}
        loading={isPending}
        title={label}
        content={translate(`rcm.workflow.${step}.help`, { _: STEP_TEXTS[step].help })}
        onConfirm={() => mutate()}
        onClose={() => setIsConfirming(false)}
      />
    </>
  )
}

/** The events list's bulk actions: submit and archive (each event checked on its own), and delete for those allowed. */
export const BulkWorkflowButtons = () => {
  const { canAccess: canDelete } = useCanAccess({ resource: 'events', action: 'delete' })
  return (
    <>
      <BulkStepButton step="submit" />
      <BulkStepButton step="archive" />
      {canDelete && <BulkDeleteButton mutationMode="pessimistic" />}
    </>
  )
}
