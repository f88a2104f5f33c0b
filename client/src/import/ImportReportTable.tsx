import type { ImportAction, ImportReportBody, ImportResult } from '@rcm/shared'
import {
  Alert,
  Box,
  Chip,
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material'
import { useTranslate } from 'react-admin'

const COLOURS: Record<ImportAction, 'success' | 'info' | 'default' | 'error'> = {
  created: 'success',
  updated: 'info',
  unchanged: 'default',
  error: 'error',
}

/** The import's answer, one row per event of the file: where it is, its title, what happens to it and why. */
export const ImportReportTable = ({ report }: { report: ImportReportBody }) => {
  const translate = useTranslate()
  // A phone has room for three columns: the details go under the title.
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'))
  const count = (action: ImportAction) => report.events.filter((event) => event.action === action).length
  const counts = {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    // The report lists the first errors only; it counts them all.
    error: report.errorCount,
  }
  const where = (event: ImportResult) =>
    event.line !== null
      ? translate('rcm.import.where_line', { line: event.line })
      : translate('rcm.import.where_id', { id: event.sourceId ?? event.index })
  const actions = report.isDryRun ? 'rcm.import.action' : 'rcm.import.action_done'
  const errors = report.events.filter((event) => event.action === 'error')
  const errorLine = (event: ImportResult) =>
    event.line !== null
      ? translate('rcm.import.error_row', { line: event.line, message: event.message })
      : translate('rcm.import.error_event', { index: event.index, message: event.message })
  return (
    <>
      <Typography variant="h6" component="h2">
        {translate(report.isDryRun ? 'rcm.import.checked' : 'rcm.import.done')}
      </Typography>
      <Alert severity={counts.error > 0 ? 'warning' : 'info'}>
        {translate(report.isDryRun ? 'rcm.import.summary' : 'rcm.import.summary_done', counts)}
        {report.isDryRun ? ` ${translate('rcm.import.nothing_written')}` : ''}
      </Alert>
      {report.errorsOmitted > 0 ? (
        <>
          <Typography>
            {translate('rcm.import.errors_omitted', {
              listed: report.errorCount - report.errorsOmitted,
              omitted: report.errorsOmitted,
            })}
          </Typography>
          <Table size="small" aria-label={translate('rcm.import.errors_by_reason')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rcm.import.reason_columns.reason')}</TableCell>
                <TableCell align="right">{translate('rcm.import.reason_columns.count')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errorSummary.map((reason) => (
                <TableRow key={reason.message}>
                  <TableCell>{reason.message}</TableCell>
                  <TableCell align="right">{reason.count}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
      {errors.length > 0 ? (
        <Box component="section" aria-labelledby="import-errors">
          <Typography id="import-errors" variant="subtitle1" component="h3">
            {translate('rcm.import.errors')}
          </Typography>
          <List dense aria-labelledby="import-errors">
            {errors.map((event) => (
              <ListItem key={event.index} disableGutters>
                <ListItemText
                  primary={errorLine(event)}
                  secondary={event.title || undefined}
                  sx={{ overflowWrap: 'anywhere' }}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      ) : null}
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('rcm.import.columns.where')}</TableCell>
              <TableCell>{translate('rcm.import.columns.title')}</TableCell>
              <TableCell>{translate('rcm.import.columns.action')}</TableCell>
              {isSmall ? null : <TableCell>{translate('rcm.import.columns.message')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.events.map((event) => (
              <TableRow key={event.index}>
                <TableCell>{where(event)}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {event.title}
                  {isSmall && event.message ? (
                    <Typography variant="body2" color="text.secondary">
                      {event.message}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={COLOURS[event.action]}
                    label={translate(`${actions}.${event.action}`)}
                    // Two short words: they stay whole rather than break mid-word in a narrow column.
                    sx={{ '& .MuiChip-label': { whiteSpace: 'nowrap', overflowWrap: 'normal' } }}
                  />
                </TableCell>
                {isSmall ? null : (
                  <TableCell sx={{ minWidth: 200, overflowWrap: 'anywhere' }}>{event.message}</TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  )
}
