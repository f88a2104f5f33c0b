import type { User } from '@rcm/shared'
import { Button as MuiButton, Stack } from '@mui/material'
import { useState } from 'react'
import { Confirm, useNotify, useRecordContext, useTranslate } from 'react-admin'
import { errorMessage } from '../common/httpErrors'
import { i18nProvider } from '../providers/i18nProvider'

type Action = 'reset-mfa' | 'end-sessions'

async function post(userId: number, action: Action): Promise<unknown> {
  const response = await fetch(`/api/users/${userId}/${action}`, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Accept-Language': i18nProvider.getLocale() },
  })
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status, body })
  return body
}

/** An admin's actions on an account's sign-in, each after a confirmation: reset its second factor, end its sessions. */
export const UserSignInActions = () => {
  const user = useRecordContext<User>()
  const translate = useTranslate()
  const notify = useNotify()
  const [asked, setAsked] = useState<Action | null>(null)
  if (!user) return null

  const run = async (action: Action) => {
    setAsked(null)
    try {
      const body = await post(user.id, action)
      if (action === 'reset-mfa') notify('resources.users.actions.resetMfaDone', { type: 'success' })
      else {
        const count = (body as { sessionsEnded?: number } | null)?.sessionsEnded ?? 0
        notify('resources.users.actions.endSessionsDone', { type: 'success', messageArgs: { count } })
      }
    } catch (caught) {
      const message = errorMessage(caught)
      notify(message, { type: 'error', messageArgs: { _: message } })
    }
  }

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', p: 1 }}>
      <MuiButton onClick={() => setAsked('reset-mfa')}>{translate('resources.users.actions.resetMfa')}</MuiButton>
      <MuiButton onClick={() => setAsked('end-sessions')}>{translate('resources.users.actions.endSessions')}</MuiButton>
      <Confirm
        isOpen={asked !== null}
        title={asked === 'reset-mfa' ? 'resources.users.actions.resetMfa' : 'resources.users.actions.endSessions'}
        content={
          asked === 'reset-mfa'
            ? 'resources.users.actions.resetMfaConfirm'
            : 'resources.users.actions.endSessionsConfirm'
        }
        translateOptions={{ name: user.fullName }}
        onConfirm={() => asked && void run(asked)}
        onClose={() => setAsked(null)}
      />
    </Stack>
  )
}
