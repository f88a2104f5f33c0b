import RestoreIcon from '@mui/icons-material/Restore'
import type { Event, Revision } from '@rcm/shared'
import {
  Box,
  Button,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import {
  Confirm,
  ReferenceManyField,
  useCanAccess,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { errorMessage } from '../common/httpErrors'
import { RevisionDifference } from './RevisionDifference'

const RevisionsCompare = () => {
  const event = useRecordContext<Event>()
  const { data = [] } = useListContext<Revision>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const notify = useNotify()
  const refresh = useRefresh()
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  const { canAccess: canRestore } = useCanAccess({ resource: 'events', action: 'restore' })
  const [olderId, setOlderId] = useState<number | null>(null)
  const [newerId, setNewerId] = useState<number | null>(null)
  const [restoring, setRestoring] = useState<Revision | null>(null)
  const { mutate, isPending } = useMutation({
    mutationFn: (revision: Revision) =>
      dataProvider.restoreRevision(revision.eventId, { revisionId: revision.id, version: event?.version }),
    onSuccess: () => {
      setRestoring(null)
      notify('rcm.history.restored', { type: 'success' })
      refresh()
    },
    onError: (error) => {
      setRestoring(null)
      const message = errorMessage(error)
      notify(message, { type: 'error', messageArgs: { _: message } })
    },
  })
  // Newest first: by default, the latest version against the one before it.
  const newer = data.find((revision) => revision.id === newerId) ?? data[0]
  const older = data.find((revision) => revision.id === olderId) ?? data[1]
  const when = (revision: Revision) =>
    new Date(revision.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const who = (revision: Revision) => revision.userName ?? (revision.userId === null ? null : `#${revision.userId}`)
  const restoreButton = (revision: Revision, name: string) =>
    canRestore &&
    revision !== data[0] && (
      // MUI's Button, not react-admin's: that one drops its label on a phone, and a bare icon says too little there.
      <Button
        size="small"
        startIcon={<RestoreIcon />}
        onClick={() => setRestoring(revision)}
        aria-label={`${translate('rcm.history.restore')}: ${name}`}
      >
        {translate('rcm.history.restore')}
      </Button>
    )
  return (
    <Box>
      {/* On a phone, three columns: the two choices, then the version with its action, time, author and comment. */}
      <Table size="small" aria-label={translate('rcm.history.versions')} sx={{ '& td': { overflowWrap: 'anywhere' } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">{translate('rcm.history.older')}</TableCell>
            <TableCell padding="checkbox">{translate('rcm.history.newer')}</TableCell>
            <TableCell>{translate('resources.revisions.fields.version')}</TableCell>
            {!small && (
              <>
                <TableCell>{translate('resources.revisions.fields.action')}</TableCell>
                <TableCell>{translate('resources.revisions.fields.createdAt')}</TableCell>
                <TableCell>{translate('resources.revisions.fields.userId')}</TableCell>
                <TableCell>{translate('resources.revisions.fields.comment')}</TableCell>
                <TableCell />
              </>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((revision) => {
            const name = translate('rcm.history.version', { version: revision.version })
            const action = translate(`rcm.history.actions.${revision.action}`)
            return (
              <TableRow key={revision.id}>
                <TableCell padding="checkbox">
                  <Radio
                    checked={older?.id === revision.id}
                    onChange={() => setOlderId(revision.id)}
                    slotProps={{ input: { 'aria-label': `${translate('rcm.history.older')}: ${name}` } }}
                  />
                </TableCell>
                <TableCell padding="checkbox">
                  <Radio
                    checked={newer?.id === revision.id}
                    onChange={() => setNewerId(revision.id)}
                    slotProps={{ input: { 'aria-label': `${translate('rcm.history.newer')}: ${name}` } }}
                  />
                </TableCell>
                {small ? (
                  <TableCell>
                    <Typography variant="body2">{`${name} · ${action}`}</Typography>
                    <Typography variant="body2" color="text.secondary">
                      {[when(revision), who(revision)].filter(Boolean).join(' · ')}
                    </Typography>
                    {revision.comment && <Typography variant="body2">{revision.comment}</Typography>}
                    {restoreButton(revision, name)}
                  </TableCell>
                ) : (
                  <>
                    <TableCell>{revision.version}</TableCell>
                    <TableCell>{action}</TableCell>
                    <TableCell>{when(revision)}</TableCell>
                    <TableCell>{who(revision) ?? '—'}</TableCell>
                    <TableCell>{revision.comment}</TableCell>
                    <TableCell>{restoreButton(revision, name)}</TableCell>
                  </>
                )}
              </TableRow>
            )
          })}
        </TableBody>
      </Table>
      {older && newer && older.id !== newer.id ? (
        <RevisionDifference older={older.id < newer.id ? older : newer} newer={older.id < newer.id ? newer : older} />
      ) : (
        <Typography sx={{ my: 2 }}>{translate('rcm.history.pick_two')}</Typography>
      )}
      <Confirm
        isOpen={restoring !== null}
        loading={isPending}
        title={translate('rcm.history.restore_title', { version: restoring?.version ?? '' })}
        content={translate('rcm.history.restore_content')}
        onConfirm={() => restoring && mutate(restoring)}
        onClose={() => setRestoring(null)}
      />
    </Box>
  )
}

/** The History tab: every revision of the event, two of them compared field by field, and restore. Loaded lazily. */
export const RevisionsTab = () => (
  <ReferenceManyField reference="revisions" target="eventId" sort={{ field: 'id', order: 'DESC' }} perPage={200}>
    <RevisionsCompare />
  </ReferenceManyField>
)

export default RevisionsTab
