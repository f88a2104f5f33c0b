import { Alert, AlertTitle, Button, Stack } from '@mui/material'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import {
  type CreateParams,
  type UpdateParams,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRegisterMutationMiddleware,
  useTranslate,
} from 'react-admin'
import { isLanguageSwitching, writtenSinceLanguageSwitch } from './languageSwitch'
import { changedFields, clearDraft, draftKey, type FormDraft, readDraft, withoutFields, writeDraft } from './formDraft'

/** How long typing pauses before the copy is written. */
const DEBOUNCE_MS = 800

type Values = Record<string, unknown>
type Save = (resource: string, params: CreateParams | UpdateParams) => Promise<unknown>

const versionOf = (values: Values | undefined) => (typeof values?.version === 'number' ? values.version : null)

/** A copy made on another version of the record than the one loaded. */
const isStale = (draft: FormDraft, record: Values | undefined) =>
  draft.version !== null && versionOf(record) !== null && draft.version !== versionOf(record)

/** The fields the copy holds that differ from what the form starts from. */
const fieldsDiffering = (draft: FormDraft, startValues: Values) =>
  changedFields(Object.fromEntries(Object.keys(draft.values).map((field) => [field, startValues[field]])), draft.values)

interface FormDraftKeeperProps {
  /** The resource, for the storage key and the field names. */
  resource: string
  /** Fields never written to the browser's storage (passwords). */
  omit?: readonly string[]
  /**
   * A copy made on an older version of the record than the one loaded: its
   * values are back in the form (with the old version) and the caller shows
   * them beside the record, e.g. in the merge dialog. Without it, such a copy
   * is restored as any other.
   */
  onRestoreStale?: (draft: FormDraft) => void
}

/**
 * Inside a react-admin form: keeps the unsaved values in this browser, per
 * user and record, as they are typed, and offers them back when the form
 * opens again (after a crash, a closed tab or a reload), saying when they
 * were kept and which fields they change. A successful save, or Discard,
 * removes the copy.
 *
 * Leaving the form with unsaved changes is never blocked inside the app: the
 * copy is written at once and a notice says where the changes are. (The
 * router's navigation blocker that react-admin's `warnWhenUnsavedChanges`
 * uses can wedge the app on "Loading" when a redirect after a save races a
 * Back or a typed address; decision 017.) Closing or reloading the tab still
 * asks first, as browsers allow.
 */
export const FormDraftKeeper = ({ resource, omit = [], onRestoreStale }: FormDraftKeeperProps) => {
  const form = useFormContext<Values>()
  const { isDirty } = useFormState()
  const values = useWatch()
  const record = useRecordContext<Values & { id: string | number }>()
  const { identity, isPending } = useGetIdentity()
  const translate = useTranslate()
  const notify = useNotify()
  const [locale] = useLocaleState()
  const key = isPending ? null : draftKey(identity?.id ?? '', resource, record?.id)
  const keyRef = useRef(key)
  useEffect(() => {
    keyRef.current = key
  }, [key])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // Set once the server has the values, so that the redirect after a save does not keep them again;
  // with the values it saved, since a created record's form stays dirty (and re-renders) until it goes.
  const saved = useRef(false)
  const savedValues = useRef<string | null>(null)
  // The record the values in the form were typed on: the one loaded, or that of a copy restored on it.
  const [restored, setRestored] = useState<{ on: unknown; base: Values | null } | null>(null)
  const base = restored !== null && restored.on === record ? restored.base : (record ?? null)

  // undefined until the storage is read, once the user is known; null when there is nothing to offer.
  const [offer, setOffer] = useState<{ draft: FormDraft; fields: string[] } | null | undefined>(undefined)
  // Re-mounted by a language switch (languageSwitch.ts): the copy is put back without asking, once the form that
  // the switch unmounted has written it (its clean-up runs after this form's first render).
  const [resuming, setResuming] = useState(false)
  if (key !== null && offer === undefined) {
    const draft = readDraft(key)
    const fields = draft ? fieldsDiffering(draft, form.formState.defaultValues ?? {}) : []
    const switching = isLanguageSwitching()
    setOffer(draft && fields.length > 0 && !switching ? { draft, fields } : null)
    setResuming(switching)
  }

  const write = useCallback(() => {
    const current = keyRef.current
    if (current === null) return
    const typed = form.getValues()
    writeDraft(current, {
      savedAt: new Date().toISOString(),
      version: versionOf(typed),
      base,
      values: withoutFields(typed, omit),
    })
  }, [form, base, omit])

  useEffect(() => {
    if (key === null || !isDirty) return
    if (saved.current && JSON.stringify(form.getValues()) === savedValues.current) return
    saved.current = false
    timer.current = setTimeout(write, DEBOUNCE_MS)
    return () => clearTimeout(timer.current)
  }, [key, isDirty, values, write, form])

  // The latest state for the handlers below, which must not be re-registered on every keystroke.
  const leaving = useRef({ isDirty, write, notify })
  useEffect(() => {
    leaving.current = { isDirty, write, notify }
  }, [isDirty, write, notify])

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!leaving.current.isDirty || saved.current) return
      leaving.current.write()
      event.preventDefault()
    }
    window.addEventListener('beforeunload', beforeUnload)
    return () => {
      window.removeEventListener('beforeunload', beforeUnload)
      // The form is going away inside the app (a link, Back, a typed address): keep what was typed, and say so.
      // A language switch re-mounts the form, which puts the copy back at once: nothing to say.
      if (!leaving.current.isDirty || saved.current) return
      leaving.current.write()
      if (isLanguageSwitching()) return
      leaving.current.notify('rcm.draft.kept_on_leave', { type: 'info', autoHideDuration: 10_000 })
    }
  }, [])

  // Every save of this form passes here: the copy goes once the server has the values.
  const clearOnSave = useCallback(
    async (resourceName: string, params: CreateParams | UpdateParams, next: Save) => {
      clearTimeout(timer.current)
      try {
        const result = await next(resourceName, params)
        saved.current = true
        savedValues.current = JSON.stringify(form.getValues())
        if (keyRef.current !== null) clearDraft(keyRef.current)
        return result
      } catch (error) {
        write()
        throw error
      }
    },
    [write, form],
  )
  useRegisterMutationMiddleware<Save>(clearOnSave)

  // After the form's own mount effect, which resets it to the record (a parent's effects run after its children's).
  const resumed = useRef(false)
  useEffect(() => {
    if (!resuming || key === null || resumed.current) return
    const resume = setTimeout(() => {
      resumed.current = true
      const draft = readDraft(key)
      if (draft && writtenSinceLanguageSwitch(draft.savedAt) && !isStale(draft, record)) {
        form.reset({ ...form.getValues(), ...draft.values }, { keepDefaultValues: true })
      }
    })
    return () => clearTimeout(resume)
  }, [resuming, key, form, record])

  if (!offer) return null
  const { draft, fields } = offer
  const stale = isStale(draft, record)
  const messageArgs = {
    savedAt: new Date(draft.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    fields: fields.map((field) => translate(`resources.${resource}.fields.${field}`, { _: field })).join(', '),
    version: draft.version,
    current: versionOf(record),
  }
  const restore = () => {
    form.reset({ ...form.getValues(), ...draft.values }, { keepDefaultValues: true })
    setOffer(null)
    if (stale && onRestoreStale) {
      setRestored({ on: record, base: draft.base })
      onRestoreStale(draft)
    } else {
      notify('rcm.draft.restored', { type: 'info' })
    }
  }
  const discard = () => {
    if (key !== null && !form.formState.isDirty) clearDraft(key)
    setOffer(null)
    notify('rcm.draft.discarded', { type: 'info' })
  }
  return (
    <Alert severity="info" role="region" aria-label={translate('rcm.draft.title')} sx={{ width: '100%' }}>
      <AlertTitle>{translate('rcm.draft.title')}</AlertTitle>
      {translate(stale ? 'rcm.draft.notice_stale' : 'rcm.draft.notice', messageArgs)}
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" size="small" onClick={restore}>
          {translate('rcm.draft.restore')}
        </Button>
        <Button size="small" onClick={discard}>
          {translate('rcm.draft.discard')}
        </Button>
      </Stack>
    </Alert>
  )
}
