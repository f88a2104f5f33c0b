import type { BulkResult, Event } from '@rcm/shared'
import { useMutation } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
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
} from 'react-admin'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { errorMessage } from '../common/httpErrors'

/** Outcome of a step taken on several events. */
export interface BulkOutcome {
  ok: number
  total: number
  /** "#id: the server's message" per event that was refused */
  failures: string[]
}

/** Sums up the server's per-event answers to a bulk step. */
export function summarize(results: readonly BulkResult[]): BulkOutcome {
  const failures = results.flatMap((result) => ('message' in result ? [`#${result.id}: ${result.message}`] : []))
  return { ok: results.length - failures.length, total: results.length, failures }
}

/**
 * The version of each event as this tab's list last showed it: a bulk step
 * acts only on those (decision 013), rows selected on another page included.
 * Kept for the tab's life, since a selection outlives the page it was made on.
 */
const shownVersions = new Map<number, number>()

/** Inside the events list: notes the version of every row it shows. */
export const RememberShownVersions = () => {
  const { data } = useListContext<Event>()
  useEffect(() => {
    for (const event of data ?? []) shownVersions.set(Number(event.id), event.version)
  }, [data])
  return null
}

const BulkStepButton = ({ step }: { step: 'submit' | 'archive' }) => {
  const { selectedIds, data, onUnselectItems } = useListContext<Event>()
  const { canAccess } = useCanAccess({ resource: 'events', action: step })
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  const translate = useTranslate()
  const [isConfirming, setIsConfirming] = useState(false)
  const { mutate, isPending } = useMutation({
    mutationFn: async () => {
      const ids = selectedIds.map(Number)
      const versions = new Map(shownVersions)
      for (const event of data ?? []) versions.set(Number(event.id), event.version)
      const known = ids.flatMap((id) => {
        const version = versions.get(id)
        return version === undefined ? [] : [{ id, version }]
      })
      // Selected in an earlier visit (the selection is stored) and not shown since: its version was never seen.
      const gone = ids
        .filter((id) => !versions.has(id))
        .map((id) => ({ id, status: 409, message: translate('rcm.unseen.bulk') }))
      const bulk = { step, ids: known.map((event) => event.id), versions: known.map((event) => event.version) }
      const results = known.length === 0 ? [] : (await dataProvider.bulkStep(bulk)).data
      return summarize([...results, ...gone])
    },
    onSuccess: ({ ok, total, failures }) => {
      setIsConfirming(false)
      if (failures.length === 0) {
        notify('rcm.bulk.done', { type: 'success', messageArgs: { ok, total } })
        onUnselectItems()
      } else {
        notify('rcm.bulk.failed', {
          type: ok === 0 ? 'error' : 'warning',
          multiLine: true,
          autoHideDuration: null,
          messageArgs: { ok, total, reasons: failures.join('; ') },
        })
      }
      refresh()
    },
    onError: (error) => {
      setIsConfirming(false)
      const message = errorMessage(error)
      notify(message, { type: 'error', messageArgs: { _: message } })
    },
  })
  if (!canAccess) return null
  const label = translate(`rcm.workflow.${step}.label`)
  return (
    <>
      <Button label={label} disabled={isPending} onClick={() => setIsConfirming(true)} />
      <Confirm
        isOpen={isConfirming}
        loading={isPending}
        title={label}
        content={translate(`rcm.workflow.${step}.help`)}
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
