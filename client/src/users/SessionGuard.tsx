import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useEffect, useState } from 'react'
import { useLogout, useTranslate } from 'react-admin'
import { onSessionEnded } from '../providers/authProvider'

/** How often, at most, the page tells the server someone is still working in it. */
const KEEP_ALIVE_MS = 5 * 60_000
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'wheel'] as const

/**
 * Keeps the session alive while someone works on the page, and says so
 * plainly when it has ended.
 *
 * Every API call renews the 30-minute idle timeout on the server, but filling
 * in a long form makes no call; so every 5 minutes, if there was a key press,
 * a click or an input since the last time, the page asks GET /api/auth/me. A
 * tab left alone still ends after 30 minutes, as the idle timeout means it to.
 *
 * When a call finds the session ended (authProvider.checkError), the page
 * stays as it is, the form keeps what was typed, and this dialog offers to sign
 * in again in a new tab (the cookie is shared, so saving here then works), or
 * here, losing unsaved changes.
 */
export const SessionGuard = () => {
  const translate = useTranslate()
  const logout = useLogout()
  const [hasEnded, setEnded] = useState(false)

  useEffect(() => onSessionEnded(() => setEnded(true)), [])
  useEffect(() => {
    let isActive = false
    const mark = () => {
      isActive = true
    }
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, mark, { capture: true, passive: true })
    const timer = window.setInterval(() => {
      if (!isActive) return
      isActive = false
      void fetch('/api/auth/me', { credentials: 'include', headers: { Accept: 'application/json' } }).then(
        (response) => {
          if (response.status === 401) setEnded(true)
        },
        () => undefined,
      )
    }, KEEP_ALIVE_MS)
    return () => {
      window.clearInterval(timer)
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, mark, { capture: true })
    }
  }, [])

  return (
    <Dialog open={hasEnded} aria-labelledby="session-ended-title">
      <DialogTitle id="session-ended-title">{translate('rcm.session.endedTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('rcm.session.endedText')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => window.open(`${window.location.pathname}#/login`, '_blank', 'noopener')}>
          {translate('rcm.session.signInNewTab')}
        </Button>
        <Button onClick={() => setEnded(false)}>{translate('rcm.session.signedInAgain')}</Button>
        <Button
          onClick={() => {
            setEnded(false)
            void logout()
          }}
        >
          {translate('rcm.session.signInHere')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
