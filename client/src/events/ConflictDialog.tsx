import { EventSchema, type Event } from '@rcm/shared'
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  useMediaQuery,
  type Theme,
} from '@mui/material'
import { useEffect, useId, useMemo, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { useDataProvider, useRecordContext, useSaveContext, useTranslate } from 'react-admin'
import { applyMerge, planMerge, type MergeSide } from '../revisions/mergePlan'
import { flattenEvent } from '../revisions/revisionDiff'
import { useValueText } from '../revisions/useValueText'

/** A field's value on one side, as the History tab writes it (a status by its name, a date as "8 dic 2026"). */
const fieldText = (event: Event, field: string, valueText: (path: string, value: string) => string) =>
  [...flattenEvent(event)]
    .filter(([path]) => path === field || path.startsWith(`${field}.`))
    .filter(([, value]) => value !== '')
    .map(([path, value]) =>
      path === field ? valueText(path, value) : `${path.slice(field.length + 1)}: ${valueText(path, value)}`,
    )
    .join('\n')

interface ConflictDialogProps {
  /** The record as the server has it now, when the 409 carried it; else it is read. */
  serverCurrent?: unknown
  /** The record the user's edits were made on; null when unknown (every difference is then asked). */
  base: Event | null
  onClose: () => void
  /** Called with the current record once the merge is sent: it is the base of the next merge. */
  onMerged: (current: Event) => void
}

/**
 * After a save met a 409, or when an unsaved copy made on an older version is
 * restored: the user's values beside the current record. A field only one
 * side changed since `base` is taken from that side without asking; the user
 * chooses for each field both changed, and the form saves the result on top
 * of the current version. Nothing typed is lost, and nothing a colleague
 * saved is reverted unless the user says so.
 */
export const ConflictDialog = ({ serverCurrent, base, onClose, onMerged }: ConflictDialogProps) => {
  const record = useRecordContext<Event>()
  const form = useFormContext<Event>()
  const { save } = useSaveContext()
  const dataProvider = useDataProvider()
  const translate = useTranslate()
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'))
  const titleId = useId()
  // Mounted when the conflict arose: the form's values at that moment are "yours".
  const [yours] = useState<Event>(() => form.getValues())
  // The 409 carries the record as it is now; ask for it only if it does not.
  const [current, setCurrent] = useState<Event | null>(() => EventSchema.safeParse(serverCurrent).data ?? null)
  const [chosen, setChosen] = useState<Record<string, MergeSide>>({})

  const recordId = record?.id
  useEffect(() => {
    if (current !== null || recordId === undefined) return
    dataProvider
      .getOne<Event>('events', { id: recordId })
      .then(({ data }) => setCurrent(data))
      .catch(() => setCurrent(null))
  }, [current, recordId, dataProvider])

  const plan = useMemo(() => (current ? planMerge(base, yours, current) : null), [base, yours, current])
  const valueText = useValueText(current ? [yours, current] : [yours])
  const fieldName = (field: string) => translate(`resources.events.fields.${field}`, { _: field })
  const takenFrom = (side: MergeSide) =>
    Object.entries(plan?.taken ?? {})
      .filter(([, taken]) => taken === side)
      .map(([field]) => fieldName(field))
      .join(', ')
  const isComplete = plan !== null && plan.asked.every((field) => chosen[field] !== undefined)

  const keep = () => {
    if (!current || !plan || !save || !isComplete) return
    const merged = { ...applyMerge(yours, current, plan, chosen), version: current.version }
    form.reset(merged, { keepDefaultValues: true })
    onMerged(current)
    onClose()
    void save(merged)
  }

  const yoursTaken = takenFrom('yours')
  const currentTaken = takenFrom('current')
  return (
    <Dialog
      open={current !== null}
      onClose={onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
      fullScreen={isSmall}
    >
      <DialogTitle id={titleId}>{translate('rcm.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate(plan && plan.asked.length === 0 ? 'rcm.merge.nothing_asked' : 'rcm.conflict.help')}
        </DialogContentText>
        {plan && plan.asked.length > 0 && (
          <Table size="small" sx={{ '& td, & th': { overflowWrap: 'anywhere' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rcm.conflict.field')}</TableCell>
                <TableCell>{translate('rcm.conflict.yours')}</TableCell>
                <TableCell>{translate('rcm.conflict.current')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {current &&
                plan.asked.map((field) => {
                  const name = fieldName(field)
                  return (
                    <TableRow key={field}>
                      <TableCell component="th" scope="row">
                        {name}
                      </TableCell>
                      {(['yours', 'current'] as const).map((side) => (
                        <TableCell key={side} sx={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>
                          <Radio
                            name={`merge-${field}`}
                            checked={chosen[field] === side}
                            onChange={() => setChosen((previous) => ({ ...previous, [field]: side }))}
                            slotProps={{ input: { 'aria-label': `${name}: ${translate(`rcm.conflict.${side}`)}` } }}
                          />
                          {fieldText(side === 'yours' ? yours : current, field, valueText)}
                        </TableCell>
                      ))}
                    </TableRow>
                  )
                })}
            </TableBody>
          </Table>
        )}
        {yoursTaken !== '' && (
          <DialogContentText variant="body2" sx={{ mt: 2 }}>
            {translate('rcm.merge.taken_yours', { fields: yoursTaken })}
          </DialogContentText>
        )}
        {currentTaken !== '' && (
          <DialogContentText variant="body2" sx={{ mt: 1 }}>
            {translate('rcm.merge.taken_current', { fields: currentTaken })}
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={keep} disabled={!isComplete}>
          {translate('rcm.conflict.keep')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
