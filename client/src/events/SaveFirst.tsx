import type { Event } from '@rcm/shared'
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { setSubmissionErrors, useSaveContext } from 'react-admin'

/** Saves the form as its Save button would, and gives the event saved, or null when it was not saved. */
type SaveNow = () => Promise<Event | null>

interface SaveFirstValue {
  /** The form has changes the server does not have. */
  isDirty: boolean
  saveNow: SaveNow
}

const SaveFirstContext = createContext<SaveFirstValue | null>(null)
interface Registry {
  setIsDirty: (dirty: boolean) => void
  /** Makes `saveNow` the form's save; gives back how to undo it. */
  register: (saveNow: SaveNow) => () => void
}

const SaveFirstRegistry = createContext<Registry | null>(null)

const notMounted: SaveNow = async () => null

/**
 * Around an edit page: lets what sits outside its form (the workflow buttons,
 * Preview) know that the form has unsaved changes and save them first, so a
 * step is never taken on a version older than what the user sees.
 */
export const SaveFirstProvider = ({ children }: { children: ReactNode }) => {
  const [isDirty, setIsDirty] = useState(false)
  const saveRef = useRef<SaveNow>(notMounted)
  const registry = useMemo<Registry>(
    () => ({
      setIsDirty,
      register: (saveNow) => {
        saveRef.current = saveNow
        return () => {
          if (saveRef.current === saveNow) saveRef.current = notMounted
        }
      },
    }),
    [],
  )
  const value = useMemo<SaveFirstValue>(() => ({ isDirty, saveNow: () => saveRef.current() }), [isDirty])
  return (
    <SaveFirstRegistry.Provider value={registry}>
      <SaveFirstContext.Provider value={value}>{children}</SaveFirstContext.Provider>
    </SaveFirstRegistry.Provider>
  )
}

/** The form's state for what sits outside it; null outside an edit page (the show page has nothing to save). */
export const useSaveFirst = () => useContext(SaveFirstContext)

/**
 * Inside the edit form: reports whether it is dirty and how to save it. The
 * save goes through the page's save (the same checks, the same handling of a
 * 400 or a 409 by `onSaveError`), without its "saved" message and redirect:
 * the caller says what was done.
 */
export const SaveFirstBridge = ({ onSaveError }: { onSaveError: (error: unknown) => void }) => {
  const registry = useContext(SaveFirstRegistry)
  const form = useFormContext()
  const { isDirty } = useFormState()
  const { save } = useSaveContext()
  useEffect(() => registry?.setIsDirty(isDirty), [registry, isDirty])
  useEffect(() => () => registry?.setIsDirty(false), [registry])
  useEffect(() => {
    if (!registry) return
    return registry.register(
      () =>
        new Promise<Event | null>((resolve) => {
          const onValid = async (values: Record<string, unknown>) => {
            if (!save) return resolve(null)
            const errors = await save(values, {
              onSuccess: (saved: Event) => resolve(saved),
              onError: (error: unknown) => {
                onSaveError(error)
                resolve(null)
              },
            })
            if (errors != null) setSubmissionErrors(errors, form.setError)
            resolve(null)
          }
          void form.handleSubmit(onValid, () => resolve(null))()
        }),
    )
  }, [registry, form, save, onSaveError])
  return null
}
