import type { Event } from '@rcm/shared'
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslate } from 'react-admin'
import { diffEvents } from './revisionDiff'

/** "objectives.0.items.1.text.es" → "Objectives 1 › 2 › text (ES)", with the field's translated name. */
function useFieldLabel() {
  const translate = useTranslate()
  return (path: string) => {
    const parts = path.split('.')
    const language = parts.at(-1) === 'en' || parts.at(-1) === 'es' ? parts.pop() : undefined
    const [field = path, ...rest] = parts
    const name = translate(`resources.events.fields.${field}`)
    const steps = rest
      .filter((part) => part !== 'items' && part !== 'text')
      .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part))
    return [name, ...steps].join(' › ') + (language ? ` (${language.toUpperCase()})` : '')
  }
}

/** Two versions of an event side by side, only the fields that differ. */
export const RevisionDifference = ({
  older,
  newer,
}: {
  older: { version: number; data: Event }
  newer: { version: number; data: Event }
}) => {
  const translate = useTranslate()
  const label = useFieldLabel()
  const rows = diffEvents(older.data, newer.data)
  if (rows.length === 0) return <Typography sx={{ my: 2 }}>{translate('rcm.history.no_differences')}</Typography>
  return (
    <Table size="small" sx={{ my: 2 }} aria-label={translate('rcm.history.compare')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('rcm.history.field')}</TableCell>
          <TableCell>{translate('rcm.history.version', { version: older.version })}</TableCell>
          <TableCell>{translate('rcm.history.version', { version: newer.version })}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.path}>
            <TableCell component="th" scope="row">
              {label(row.path)}
            </TableCell>
            <TableCell sx={{ bgcolor: 'rgba(255, 0, 0, 0.06)', whiteSpace: 'pre-wrap' }}>{row.before}</TableCell>
            <TableCell sx={{ bgcolor: 'rgba(0, 160, 0, 0.08)', whiteSpace: 'pre-wrap' }}>{row.after}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
