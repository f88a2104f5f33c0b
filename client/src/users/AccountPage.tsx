import type { MfaStatus } from '@rcm/shared'
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material'
import { useCallback, useEffect, useState, type FormEvent } from 'react'
import { Link, Title, useNotify, useTranslate } from 'react-admin'
import { errorMessage, fieldErrorsOf } from '../common/httpErrors'
import { authCall } from './accountApi'
import { Enrolment, RecoveryCodes } from './Enrolment'

type Reauth = { currentPassword: string; code?: string }
type Doing = 'idle' | 'enrol-password' | 'enrolling' | 'disable' | 'regenerate' | 'codes'

/** The current password, and a code when two-factor sign-in is on: what the server asks before a change (decision 016). */
const ReauthFields = ({ hasCode, errors }: { hasCode: boolean; errors: Record<string, string> }) => {
  const translate = useTranslate()
  return (
    <>
      <Typography variant="body2">{translate('rcm.mfa.reauthHelp')}</Typography>
      <TextField
        name="currentPassword"
        type="password"
        label={translate('rcm.mfa.currentPassword')}
        autoComplete="current-password"
        required
        error={Boolean(errors.currentPassword)}
        helperText={errors.currentPassword}
      />
      {hasCode && (
        <TextField
          name="code"
          label={translate('rcm.mfa.code')}
          autoComplete="one-time-code"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 6 } }}
          required
          error={Boolean(errors.code)}
          helperText={errors.code}
        />
      )}
    </>
  )
}

const reauthOf = (form: FormData, hasCode: boolean): Reauth => ({
  currentPassword: String(form.get('currentPassword') ?? ''),
  ...(hasCode && { code: String(form.get('code') ?? '') }),
})

/** One's own account: two-factor sign-in (set up, new recovery codes, turn off), the email, the password. */
export const AccountPage = () => {
  const translate = useTranslate()
  const notify = useNotify()
  const [status, setStatus] = useState<MfaStatus | null>(null)
  const [doing, setDoing] = useState<Doing>('idle')
  const [reauth, setReauth] = useState<Reauth | null>(null)
  const [codes, setCodes] = useState<string[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(() => {
    authCall<MfaStatus>('/mfa', undefined, 'GET').then(setStatus, (caught: unknown) => setError(errorMessage(caught)))
  }, [])
  useEffect(load, [load])

  const fail = (caught: unknown) => {
    const fields = fieldErrorsOf(caught)
    setErrors(fields ?? {})
    if (!fields) setError(errorMessage(caught))
  }
  const begin = (next: Doing) => {
    setErrors({})
    setError(null)
    setDoing(next)
  }
  const startEnrolment = useCallback(
    () => authCall<{ secret: string; otpauthUrl: string }>('/mfa/enrol', reauth),
    [reauth],
  )
  const hasCode = status?.enabled === true

  const submitReauth = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const given = reauthOf(new FormData(event.currentTarget), hasCode)
    setErrors({})
    try {
      if (doing === 'enrol-password') {
        setReauth(given)
        setDoing('enrolling')
      } else if (doing === 'disable') {
        await authCall('/mfa/disable', given)
        notify('rcm.mfa.disabled', { type: 'success' })
        begin('idle')
        load()
      } else if (doing === 'regenerate') {
        setCodes((await authCall<{ recoveryCodes: string[] }>('/mfa/recovery-codes', given)).recoveryCodes)
        setDoing('codes')
      }
    } catch (caught) {
      fail(caught)
    }
  }

  const changeEmail = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setErrors({})
    try {
      await authCall('/email', { email: String(form.get('email') ?? ''), ...reauthOf(form, hasCode) })
      notify('rcm.account.emailChanged', { type: 'success' })
    } catch (caught) {
      fail(caught)
    }
  }

  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('rcm.account.title')} />
      {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              {translate('rcm.mfa.title')}
            </Typography>
            {status && (
              <Typography>
                {status.enabled
                  ? translate('rcm.mfa.on', { count: status.recoveryCodesLeft })
                  : translate('rcm.mfa.off')}{' '}
                {status.required && translate('rcm.mfa.required')}
              </Typography>
            )}
            {doing === 'idle' && status && (
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
                {!status.enabled && (
                  <Button onClick={() => begin('enrol-password')}>{translate('rcm.mfa.start')}</Button>
                )}
                {status.enabled && (
                  <Button onClick={() => begin('regenerate')}>{translate('rcm.mfa.regenerate')}</Button>
                )}
                {status.enabled && !status.required && (
                  <Button onClick={() => begin('disable')}>{translate('rcm.mfa.disable')}</Button>
                )}
              </Stack>
            )}
            {(doing === 'enrol-password' || doing === 'disable' || doing === 'regenerate') && (
              <form onSubmit={(event) => void submitReauth(event)}>
                <Stack spacing={2}>
                  <ReauthFields hasCode={doing !== 'enrol-password' && hasCode} errors={errors} />
                  <Stack direction="row" spacing={1}>
                    <Button type="submit" variant="contained">
                      {translate(doing === 'disable' ? 'rcm.mfa.disable' : 'rcm.mfa.continue')}
                    </Button>
                    <Button onClick={() => begin('idle')}>{translate('rcm.mfa.cancel')}</Button>
                  </Stack>
                </Stack>
              </form>
            )}
            {doing === 'enrolling' && (
              <Enrolment
                start={startEnrolment}
                onDone={() => {
                  begin('idle')
                  load()
                }}
              />
            )}
            {doing === 'codes' && (
              <RecoveryCodes
                codes={codes}
                onSaved={() => {
                  begin('idle')
                  load()
                }}
              />
            )}
          </Stack>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <form onSubmit={(event) => void changeEmail(event)}>
            <Stack spacing={2}>
              <Typography variant="h6" component="h2">
                {translate('rcm.account.emailTitle')}
              </Typography>
              <TextField
                name="email"
                type="email"
                label={translate('rcm.account.newEmail')}
                autoComplete="email"
                required
                error={Boolean(errors.email)}
                helperText={errors.email}
              />
              <ReauthFields hasCode={hasCode} errors={errors} />
              <Button type="submit" variant="contained">
                {translate('rcm.account.changeEmail')}
              </Button>
            </Stack>
          </form>
        </CardContent>
      </Card>
      <Link to="/password">{translate('rcm.account.passwordLink')}</Link>
    </Stack>
  )
}

export default AccountPage
