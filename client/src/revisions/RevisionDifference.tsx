import type { Event } from '@rcm/shared'
import { Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material'
import { useTranslate } from 'react-admin'
import { diffEvents } from './revisionDiff'
import { useValueText } from './useValueText'

/** The objectives' parts by the names the form gives them. */
const OBJECTIVE_PARTS: Record<string, string> = {
  heading: 'resources.events.form.objectives.heading',
  intro: 'resources.events.form.objectives.intro',
  style: 'resources.events.form.objectives.style',
}

/** "objectives.0.items.1.text.es" → "Objectives › 1 › 2 (ES)", in the interface language. */
function useFieldLabel() {
  const translate = useTranslate()
  return (path: string) => {
    const parts = path.split('.')
    const language = parts.at(-1) === 'en' || parts.at(-1) === 'es' ? parts.pop() : undefined
    const [field = path, ...rest] = parts
    const name = translate(`resources.events.fields.${field}`)
    const steps = rest
      .filter((part) => part !== 'items' && part !== 'text')
      .map((part) =>
        /^\d+$/.test(part) ? String(Number(part) + 1) : translate(OBJECTIVE_PARTS[part] ?? part, { _: part }),
      )
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
  const valueText = useValueText([older.data, newer.data])
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'))
  if (rows.length === 0) return <Typography sx={{ my: 2 }}>{translate('rcm.history.no_differences')}</Typography>
  const before = (path: string, value: string) => (
    <TableCell sx={{ bgcolor: 'rgba(255, 0, 0, 0.06)' }}>{valueText(path, value)}</TableCell>
  )
  const after = (path: string, value: string) => (
    <TableCell sx={{ bgcolor: 'rgba(0, 160, 0, 0.08)' }}>{valueText(path, value)}</TableCell>
  )
  const versions = (
    <>
      <TableCell>{translate('rcm.history.version', { version: older.version })}</TableCell>
      <TableCell>{translate('rcm.history.version', { version: newer.version })}</TableCell>
    </>
  )
  return (
    // Fixed columns whose long words wrap: the table never grows wider than the page.
    <Table
      size="small"
      sx={{
        my: 2,
        tableLayout: 'fixed',
        '& td, & th': { overflowWrap: 'break-word', verticalAlign: 'top', whiteSpace: 'pre-wrap' },
      }}
      aria-label={translate('rcm.history.compare')}
    >
      {small ? (
        // On a phone, each field heads its own group, the two values side by side below it, each half the width.
        <>
          <TableHead>
            <TableRow>{versions}</TableRow>
          </TableHead>
          {rows.map((row) => (
            <TableBody key={row.path}>
              <TableRow>
                <TableCell component="th" scope="rowgroup" colSpan={2} sx={{ fontWeight: 500, borderBottom: 0 }}>
                  {label(row.path)}
                </TableCell>
              </TableRow>
              <TableRow>
                {before(row.path, row.before)}
                {after(row.path, row.after)}
              </TableRow>
            </TableBody>
          ))}
        </>
      ) : (
        <>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '28%' }}>{translate('rcm.history.field')}</TableCell>
              {versions}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.path}>
                <TableCell component="th" scope="row">
                  {label(row.path)}
                </TableCell>
                {before(row.path, row.before)}
                {after(row.path, row.after)}
              </TableRow>
            ))}
          </TableBody>
        </>
      )}
    </Table>
  )
}
