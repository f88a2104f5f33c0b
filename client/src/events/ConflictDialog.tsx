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
} from '@mui/material'
import { useEffect, useId, useMemo, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { useDataProvider, useRecordContext, useSaveContext, useTranslate } from 'react-admin'
import { diffEvents, flattenEvent } from '../revisions/revisionDiff'

type Choice = 'yours' | 'current'

/** The top-level fields where the two versions differ, each with its rows as text. */
function differingFields(yours: Event, current: Event): string[] {
  return [...new Set(diffEvents(current, yours).map((row) => row.path.split('.')[0] ?? row.path))]
}

const fieldText = (event: Event, field: string) =>
  [...flattenEvent(event)]
    .filter(([path]) => path === field || path.startsWith(`${field}.`))
    .filter(([, value]) => value !== '')
    .map(([path, value]) => (path === field ? value : `${path.slice(field.length + 1)}: ${value}`))
    .join('\n')

/**
 * After a save met a 409: the current record beside the user's values, field
 * by field; the user picks per field, and the form saves again on top of the
 * current version. Nothing typed is lost.
 */
export const ConflictDialog = ({ serverCurrent, onClose }: { serverCurrent?: unknown; onClose: () => void }) => {
  const record = useRecordContext<Event>()
  const form = useFormContext<Event>()
  const { save } = useSaveContext()
  const dataProvider = useDataProvider()
  const translate = useTranslate()
  const titleId = useId()
  // Mounted when the save met its 409: the form's values at that moment are "yours".
  const [yours] = useState<Event>(() => form.getValues())
  // The 409 carries the record as it is now; ask for it only if it does not.
  const [current, setCurrent] = useState<Event | null>(() => EventSchema.safeParse(serverCurrent).data ?? null)
  const [choices, setChoices] = useState<Record<string, Choice>>({})

  const recordId = record?.id
  useEffect(() => {
    if (current !== null || recordId === undefined) return
    dataProvider
      .getOne<Event>('events', { id: recordId })
      .then(({ data }) => setCurrent(data))
      .catch(() => setCurrent(null))
  }, [current, recordId, dataProvider])

  const fields = useMemo(() => (current ? differingFields(yours, current) : []), [yours, current])
  const choose = (field: string, choice: Choice) => setChoices((previous) => ({ ...previous, [field]: choice }))

  const keep = () => {
    if (!current || !save) return
    const merged: Record<string, unknown> = { ...yours, version: current.version }
    for (const field of fields)
      if ((choices[field] ?? 'yours') === 'current') merged[field] = current[field as keyof Event]
    form.reset(merged, { keepDirty: true })
    onClose()
    void save(merged)
  }

  return (
    <Dialog open={current !== null} onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{translate('rcm.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('rcm.conflict.help')}</DialogContentText>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('rcm.conflict.field')}</TableCell>
              <TableCell>{translate('rcm.conflict.yours')}</TableCell>
              <TableCell>{translate('rcm.conflict.current')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {current &&
              fields.map((field) => {
                const name = translate(`resources.events.fields.${field}`)
                const choice = choices[field] ?? 'yours'
                return (
                  <TableRow key={field}>
                    <TableCell component="th" scope="row">
                      {name}
                    </TableCell>
                    {(['yours', 'current'] as const).map((side) => (
                      <TableCell key={side} sx={{ whiteSpace: 'pre-wrap', verticalAlign: 'top' }}>
                        <Radio
                          checked={choice === side}
                          onChange={() => choose(field, side)}
                          slotProps={{ input: { 'aria-label': `${name}: ${translate(`rcm.conflict.${side}`)}` } }}
                        />
                        {fieldText(side === 'yours' ? yours : current, field)}
                      </TableCell>
                    ))}
                  </TableRow>
                )
              })}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={keep}>
          {translate('rcm.conflict.keep')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
