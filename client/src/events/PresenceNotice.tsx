import { Alert, Stack } from '@mui/material'
import { useEffect, useState } from 'react'
import { useDataProvider, useLocaleState, useTranslate, type Identifier } from 'react-admin'
import type { Presence } from '@rcm/shared'
import type { CalendarDataProvider } from '../providers/dataProvider'

/** The server forgets a form not heard from for a minute (server/src/events/presence.service.ts). */
const HEARTBEAT_MS = 20_000

/**
 * While the edit form is open, tells the server so every 20 s and shows who
 * else has the event open, and since when. Best effort: a failed heartbeat
 * only means no notice.
 */
export const PresenceNotice = ({ eventId }: { eventId: Identifier }) => {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const [others, setOthers] = useState<Presence[]>([])

  useEffect(() => {
    let isActive = true
    const beat = () =>
      dataProvider
        .touchPresence(eventId)
        .then(({ data }) => {
          if (isActive) setOthers(data)
        })
        .catch(() => undefined)
    void beat()
    const timer = setInterval(beat, HEARTBEAT_MS)
    return () => {
      isActive = false
      clearInterval(timer)
      dataProvider.leavePresence(eventId).catch(() => undefined)
    }
  }, [dataProvider, eventId])

  if (others.length === 0) return null
  return (
    <Stack spacing={1} sx={{ mb: 1 }}>
      {others.map((other) => (
        <Alert key={other.userId} severity="info" role="status">
          {translate('rcm.presence.open_by', {
            name: other.fullName,
            time: new Date(other.since).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
          })}
        </Alert>
      ))}
    </Stack>
  )
}
