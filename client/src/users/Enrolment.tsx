import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material'
import type { MfaEnrolment } from '@rcm/shared'
import QRCode from 'qrcode'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslate } from 'react-admin'
import { errorMessage, fieldErrorsOf } from '../common/httpErrors'
import { authCall } from './accountApi'

/** What POST /api/auth/mfa/confirm answers: the identity and the recovery codes. */
export type Confirmed = Record<string, unknown> & { recoveryCodes: string[] }

/** The ten recovery codes, to save before going on: a checkbox says so, then Continue. */
export const RecoveryCodes = ({ codes, onSaved }: { codes: string[]; onSaved: () => void }) => {
  const translate = useTranslate()
  const [isSaved, setSaved] = useState(false)
  return (
    <Stack spacing={2}>
      <Typography variant="h6" component="h2">
        {translate('rcm.mfa.codesTitle')}
      </Typography>
      <Typography>{translate('rcm.mfa.codesHelp')}</Typography>
      <Box
        component="ul"
        aria-label={translate('rcm.mfa.codesTitle')}
        sx={{ fontFamily: 'monospace', fontSize: '1.1rem', columns: 2, pl: 3, m: 0 }}
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Button onClick={() => void navigator.clipboard?.writeText(codes.join('\n'))}>{translate('rcm.mfa.copy')}</Button>
      <FormControlLabel
        control={<Checkbox checked={isSaved} onChange={(event) => setSaved(event.target.checked)} />}
        label={translate('rcm.mfa.savedCheck')}
      />
      <Button variant="contained" disabled={!isSaved} onClick={onSaved}>
        {translate('rcm.mfa.saved')}
      </Button>
    </Stack>
  )
}

/**
 * Setting up the app: `start` asks the server for a secret; the QR code is
 * drawn here from its otpauth URI (on a canvas: no image URL for the page's
 * CSP to allow), the key is shown as text to type, and the first code
 * confirms. Then the recovery codes, and `onDone` once they are saved.
 */
export const Enrolment = ({
  start,
  onDone,
}: {
  start: () => Promise<MfaEnrolment>
  onDone: (confirmed: Confirmed) => unknown
}) => {
  const translate = useTranslate()
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null)
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null)
  const [error, setError] = useState<string | null>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const isStarted = useRef(false)

  useEffect(() => {
    // Once: each call makes a new secret, and the one shown must be the last.
    if (isStarted.current) return
    isStarted.current = true
    start().then(setEnrolment, (caught: unknown) => setError(errorMessage(caught)))
  }, [start])
  useEffect(() => {
    if (enrolment && canvas.current)
      void QRCode.toCanvas(canvas.current, enrolment.otpauthUrl, { width: 200, margin: 2 })
  }, [enrolment])

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setError(null)
    try {
      const code = String(new FormData(event.currentTarget).get('code') ?? '')
      setConfirmed(await authCall<Confirmed>('/mfa/confirm', { code }))
    } catch (caught) {
      setError(fieldErrorsOf(caught)?.code ?? errorMessage(caught))
    }
  }

  if (confirmed) return <RecoveryCodes codes={confirmed.recoveryCodes} onSaved={() => onDone(confirmed)} />
  return (
    <Stack spacing={2}>
      {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
      {enrolment && (
        <>
          <Box sx={{ display: 'flex', justifyContent: 'center' }}>
            <canvas ref={canvas} role="img" aria-label={translate('rcm.mfa.qr')} />
          </Box>
          <TextField
            label={translate('rcm.mfa.secret')}
            value={enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
            slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } } }}
          />
          <form onSubmit={(event) => void confirm(event)}>
            <Stack spacing={2}>
              <TextField
                name="code"
                label={translate('rcm.signIn.code')}
                autoComplete="one-time-code"
                slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]{6}', maxLength: 6 } }}
                required
              />
              <Button type="submit" variant="contained">
                {translate('rcm.mfa.confirm')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  )
}
