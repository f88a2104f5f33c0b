import { toFieldErrors } from '@rcm/shared'
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material'
import { type FormEvent, useCallback, useId, useState } from 'react'
import { useCreate, useCreateSuggestionContext, useNotify, useTranslate } from 'react-admin'
import type { z } from 'zod'
import { fieldErrorsOf } from '../common/httpErrors'

/** One text input of the dialog; `source` is a dotted path of the record (`name.en`), as the schema's errors name it. */
export interface QuickCreateField {
  source: string
  label: string
  autoFocus?: boolean
  /** What to type, shown under the input until it has an error. */
  helperText?: string
}

interface QuickCreateDialogProps {
  /** The lookup table, e.g. `venues`. */
  resource: string
  /** The shared input schema: checked here first, then by the server. */
  schema: z.ZodType<Record<string, unknown>>
  title: string
  fields: QuickCreateField[]
  /** The inputs' first values by `source` (what was typed in the autocomplete, the event's city); the others start empty. */
  initialValues: Record<string, string>
}

/**
 * The small dialog an autocomplete opens to add a venue or an institution on
 * the spot, inside a `create` prop (react-admin's create suggestion). Its form
 * is portalled out of the event form in the DOM, but React still bubbles its
 * submit event to the event form: the handler calls `preventDefault()`, which
 * react-admin's form checks before submitting.
 */
export const QuickCreateDialog = ({ resource, schema, title, fields, initialValues }: QuickCreateDialogProps) => {
  const translate = useTranslate()
  const titleId = useId()
  const { onCancel, onCreate } = useCreateSuggestionContext()
  const [values, setValues] = useState(() => ({
    ...Object.fromEntries(fields.map((field) => [field.source, ''])),
    ...initialValues,
  }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [create, { isPending }] = useCreate()
  const handleCreateError = useCreateErrorHandler()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    event.stopPropagation()
    const parsed = schema.safeParse(fromPaths(values))
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error))
      return
    }
    try {
      onCreate(await create(resource, { data: parsed.data }, { returnPromise: true }))
    } catch (error) {
      handleCreateError(error, setErrors)
    }
  }

  return (
    <Dialog open onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {fields.map(({ source, label, autoFocus, helperText }) => {
            // A schema message in the interface language (the catalogues key them by their English text).
            const error = errors[source]
            return (
              <TextField
                key={source}
                label={label}
                value={values[source] ?? ''}
                onChange={(event) => setValues({ ...values, [source]: event.target.value })}
                error={error !== undefined}
                helperText={error === undefined ? helperText : translate(error, { _: error })}
                autoFocus={autoFocus}
                fullWidth
                margin="dense"
              />
            )
          })}
        </DialogContent>
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

/** `{ "name.en": "x", city: "y" }` → `{ name: { en: "x" }, city: "y" }`: the record the schema parses. */
function fromPaths(values: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [path, value] of Object.entries(values)) {
    const [field = path, language] = path.split('.')
    const current = record[field]
    record[field] =
      language === undefined
        ? value
        : { ...(typeof current === 'object' && current !== null ? current : {}), [language]: value }
  }
  return record
}

/** A failed create: the server's field errors go under the dialog's inputs, anything else to a notification. */
function useCreateErrorHandler() {
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
