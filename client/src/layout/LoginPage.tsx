import type { MfaEnrolment } from '@rcm/shared'
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material'
import { lazy, Suspense, useState, type FormEvent } from 'react'
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin'
import { errorMessage } from '../common/httpErrors'
import { SecondFactorDue } from '../providers/authProvider'
import { authCall } from '../users/accountApi'
import { Logo } from './Logo'
import { useDocumentLanguage } from './useDocumentLanguage'

type Step = 'password' | 'code' | 'recovery' | 'enrol'

// Only the first sign-in of a role that needs a second factor shows it (with its QR code library).
const Enrolment = lazy(() => import('../users/Enrolment').then((module) => ({ default: module.Enrolment })))
const startEnrolment = () => authCall<MfaEnrolment>('/mfa/enrol', {})

/**
 * Sign-in in steps (docs/contract.md, "Second factor"): the password; then,
 * when the server asks, a code from the app (or a recovery code), or a first
 * enrolment (QR code, key, first code, recovery codes to save).
 */
export const LoginPage = () => {
  const login = useLogin()
  const translate = useTranslate()
  useDocumentLanguage()
  const [step, setStep] = useState<Step>('password')
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setBusy] = useState(false)

  const run = async (params: Record<string, unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await login(params)
    } catch (caught) {
      if (caught instanceof SecondFactorDue) setStep(caught.step === 'required' ? 'code' : 'enrol')
      else setError(errorMessage(caught))
    } finally {
      setBusy(false)
    }
  }
  const submit = (event: FormEvent<HTMLFormElement>, toParams: (form: FormData) => Record<string, unknown>) => {
    event.preventDefault()
    void run(toParams(new FormData(event.currentTarget)))
  }
  const restart = () => {
    void authCall('/logout').catch(() => undefined)
    setError(null)
    setStep('password')
  }

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 1 }}>
      <Card sx={{ width: '100%', maxWidth: step === 'enrol' ? 520 : 400 }}>
        <CardContent>
          {step === 'password' && <Logo size={56} />}
          <Typography variant="h5" component="h1" gutterBottom>
            {translate(
              step === 'password' ? 'rcm.title' : step === 'enrol' ? 'rcm.signIn.enrolTitle' : 'rcm.signIn.codeTitle',
            )}
          </Typography>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate(error, { _: error })}
            </Alert>
          )}
          {step === 'password' && (
            <form
              onSubmit={(event) =>
                submit(event, (form) => ({ email: form.get('username'), password: form.get('password') }))
              }
            >
              <Stack spacing={2}>
                <TextField
                  name="username"
                  type="email"
                  label={translate('ra.auth.username')}
                  autoComplete="username"
                  required
                  autoFocus
                />
                <TextField
                  name="password"
                  type="password"
                  label={translate('ra.auth.password')}
                  autoComplete="current-password"
                  required
                />
                <Button type="submit" variant="contained" disabled={isBusy}>
                  {translate('ra.auth.sign_in')}
                </Button>
              </Stack>
            </form>
          )}
          {(step === 'code' || step === 'recovery') && (
            <form
              key={step}
              onSubmit={(event) =>
                submit(event, (form) =>
                  step === 'code' ? { code: form.get('code') } : { recoveryCode: form.get('recoveryCode') },
                )
              }
            >
              <Stack spacing={2}>
                <Typography>{translate('rcm.signIn.codeHelp')}</Typography>
                {step === 'code' ? (
                  <TextField
                    name="code"
                    label={translate('rcm.signIn.code')}
                    autoComplete="one-time-code"
                    slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 } }}
                    required
                    autoFocus
                  />
                ) : (
                  <TextField
                    name="recoveryCode"
                    label={translate('rcm.signIn.recoveryCode')}
                    autoComplete="off"
                    required
                    autoFocus
                  />
                )}
                <Button type="submit" variant="contained" disabled={isBusy}>
                  {translate('rcm.signIn.verify')}
                </Button>
                <Button onClick={() => setStep(step === 'code' ? 'recovery' : 'code')}>
                  {translate(step === 'code' ? 'rcm.signIn.useRecovery' : 'rcm.signIn.useCode')}
                </Button>
                <Button onClick={restart}>{translate('rcm.signIn.back')}</Button>
              </Stack>
            </form>
          )}
          {step === 'enrol' && (
            <Stack spacing={2}>
              <Typography>{translate('rcm.signIn.enrolHelp')}</Typography>
              <Suspense fallback={<CircularProgress aria-label={translate('ra.page.loading')} />}>
                <Enrolment start={startEnrolment} onDone={(identity) => run({ identity })} />
              </Suspense>
              <Button onClick={restart}>{translate('rcm.signIn.back')}</Button>
            </Stack>
          )}
          <Box sx={{ display: 'flex', justifyContent: 'center', pt: 1 }}>
            <LocalesMenuButton />
          </Box>
        </CardContent>
      </Card>
    </Box>
  )
}
