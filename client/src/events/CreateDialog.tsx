import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material'
import { type FormEvent, type ReactNode, useCallback, useId } from 'react'
import { useNotify, useTranslate } from 'react-admin'
import { fieldErrorsOf } from '../common/httpErrors'

interface CreateDialogProps {
  title: string
  isPending: boolean
  onCancel: () => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  children: ReactNode
}

/**
 * The small dialog an autocomplete opens to add a venue or an institution on
 * the spot. Its form is portalled out of the event form in the DOM, but React
 * still bubbles its submit event to the event form: the handler must call
 * `preventDefault()`, which react-admin's form checks before submitting.
 */
export const CreateDialog = ({ title, isPending, onCancel, onSubmit, children }: CreateDialogProps) => {
  const translate = useTranslate()
  const titleId = useId()
  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>{children}</DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}

interface DialogTextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  autoFocus?: boolean
}

export const DialogTextField = ({ label, value, onChange, error, autoFocus }: DialogTextFieldProps) => (
  <TextField
    label={label}
    value={value}
    onChange={(event) => onChange(event.target.value)}
    error={error !== undefined}
    helperText={error}
    autoFocus={autoFocus}
    fullWidth
    margin="dense"
  />
)

/** A schema message in the interface language (the catalogues key them by their English text). */
export function useErrorText() {
  const translate = useTranslate()
  return useCallback(
    (message: string | undefined) => (message === undefined ? undefined : translate(message, { _: message })),
    [translate],
  )
}

/** A failed create: the server's field errors go under the dialog's inputs, anything else to a notification. */
export function useCreateErrorHandler() {
  const notify = useNotify()
  return useCallback(
    (error: unknown, setErrors: (errors: Record<string, string>) => void) => {
      const fieldErrors = fieldErrorsOf(error)
      if (fieldErrors) {
        setErrors(fieldErrors)
        return
      }
      const message = error instanceof Error ? error.message : 'ra.notification.http_error'
      notify(message, { type: 'error', messageArgs: { _: message } })
    },
    [notify],
  )
}
