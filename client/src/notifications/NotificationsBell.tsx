import NotificationsIcon from '@mui/icons-material/Notifications'
import { Badge, Divider, IconButton, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material'
import type { Notification } from '@rcm/shared'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Link, useDataProvider, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { useNoticeText, useNoticeTime } from './useNoticeText'

const UNREAD = {
  filter: { read: false },
  pagination: { page: 1, perPage: 10 },
  sort: { field: 'id', order: 'DESC' as const },
}

/** Keeps the language of the user's mails that of the interface: the server cannot know which one they use. */
function useMailLanguage() {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const [locale] = useLocaleState()
  useEffect(() => {
    if (locale !== 'en' && locale !== 'es') return
    let isCurrent = true
    // Through a promise: a provider without the call (a test's) rejects instead of throwing in the effect.
    Promise.resolve()
      .then(() => dataProvider.getNotificationPreferences())
      .then(
        ({ data }) => {
          if (isCurrent && data.language !== locale)
            void dataProvider.setNotificationPreferences({ ...data, language: locale })
        },
        () => undefined,
      )
    return () => {
      isCurrent = false
    }
  }, [dataProvider, locale])
}

/** Marks notices read, then refreshes every list of them (the bell's and the page's). */
export function useMarkRead(): (params: { ids: number[] } | { all: true }) => Promise<void> {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const queryClient = useQueryClient()
  const notify = useNotify()
  return async (params) => {
    try {
      await dataProvider.markNotificationsRead(params)
      await queryClient.invalidateQueries({ queryKey: ['notifications'] })
    } catch {
      notify('ra.notification.http_error', { type: 'error' })
    }
  }
}

/** The app bar's bell: the count of unread notices, and a menu of them, each a link to its event. */
export const NotificationsBell = () => {
  const translate = useTranslate()
  const markRead = useMarkRead()
  const noticeText = useNoticeText()
  const noticeTime = useNoticeTime()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const isOpen = anchor !== null
  const close = () => setAnchor(null)
  const { data = [], total = 0 } = useGetList<Notification>('notifications', UNREAD, {
    refetchInterval: 60_000,
  })
  useMailLanguage()

  const label = translate('rcm.notices.bell', { smart_count: total })

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-expanded={isOpen}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={total} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={isOpen}
        onClose={close}
        // The popover's own limit (the screen less its 16 px margins) stays: a phone is narrower than 420 px.
        slotProps={{ paper: { sx: { maxWidth: 'min(420px, calc(100% - 32px))' } } }}
      >
        {data.length === 0 && (
          <MenuItem disabled>
            <Typography variant="body2">{translate('rcm.notices.none')}</Typography>
          </MenuItem>
        )}
        {data.map((notice) => (
          <MenuItem
            key={notice.id}
            component={Link}
            to={`/events/${notice.eventId}/show`}
            onClick={() => {
              close()
              void markRead({ ids: [notice.id] })
            }}
          >
            <ListItemText
              primary={noticeText(notice)}
              secondary={noticeTime(notice)}
              slotProps={{ primary: { sx: { whiteSpace: 'normal' } } }}
            />
          </MenuItem>
        ))}
        <Divider />
        {data.length > 0 && (
          <MenuItem onClick={() => void markRead({ all: true })}>{translate('rcm.notices.mark_all_read')}</MenuItem>
        )}
        <MenuItem component={Link} to="/notifications" onClick={() => close()}>
          {translate('rcm.notices.see_all')}
        </MenuItem>
      </Menu>
    </>
  )
}
