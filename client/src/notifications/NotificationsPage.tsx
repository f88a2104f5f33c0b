import {
  Button,
  Card,
  FormControlLabel,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Switch,
  Typography,
} from '@mui/material'
import type { Notification } from '@rcm/shared'
import { useState } from 'react'
import { Link, Title, useGetList, useTranslate } from 'react-admin'
import { useMarkRead } from './NotificationsBell'
import { useNoticeText, useNoticeTime } from './useNoticeText'

const PAGE = 50

/** All the signed-in user's notices, newest first (or the unread ones), each a link to its event. */
export const NotificationsPage = () => {
  const translate = useTranslate()
  const noticeText = useNoticeText()
  const noticeTime = useNoticeTime()
  const markRead = useMarkRead()
  const [isUnreadOnly, setIsUnreadOnly] = useState(false)
  const [count, setCount] = useState(PAGE)
  const { data = [], total = 0 } = useGetList<Notification>('notifications', {
    filter: isUnreadOnly ? { read: false } : {},
    pagination: { page: 1, perPage: count },
    sort: { field: 'id', order: 'DESC' },
  })
  const hasUnread = data.some((notice) => !notice.read)

  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 800 }}>
      <Title title={translate('rcm.notices.title')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {translate('rcm.notices.title')}
        </Typography>
        <FormControlLabel
          control={<Switch checked={isUnreadOnly} onChange={(event) => setIsUnreadOnly(event.target.checked)} />}
          label={translate('rcm.notices.unread_only')}
        />
        {hasUnread && (
          <Button onClick={() => void markRead({ all: true })}>{translate('rcm.notices.mark_all_read')}</Button>
        )}
      </Stack>
      <Card>
        {data.length === 0 ? (
          <Typography sx={{ p: 2 }}>
            {translate(isUnreadOnly ? 'rcm.notices.none' : 'rcm.notices.none_at_all')}
          </Typography>
        ) : (
          <List>
            {data.map((notice) => (
              <ListItem
                key={notice.id}
                disablePadding
                secondaryAction={
                  notice.read ? undefined : (
                    <Button size="small" onClick={() => void markRead({ ids: [notice.id] })}>
                      {translate('rcm.notices.mark_read')}
                    </Button>
                  )
                }
              >
                <ListItemButton
                  component={Link}
                  to={`/events/${notice.eventId}/show`}
                  onClick={() => {
                    if (!notice.read) void markRead({ ids: [notice.id] })
                  }}
                >
                  <ListItemText
                    primary={noticeText(notice)}
                    secondary={`${noticeTime(notice)}${notice.read ? '' : ` · ${translate('rcm.notices.unread')}`}`}
                    slotProps={{ primary: { sx: { fontWeight: notice.read ? undefined : 'bold' } } }}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </Card>
      {total > data.length && (
        <Button onClick={() => setCount(count + PAGE)} sx={{ alignSelf: 'start' }}>
          {translate('ra.navigation.next')}
        </Button>
      )}
    </Stack>
  )
}

// Loaded on demand by App.tsx.
export default NotificationsPage
