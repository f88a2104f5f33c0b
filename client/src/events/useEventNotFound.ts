import { useMemo } from 'react'
import { useNotify, useRedirect } from 'react-admin'

/**
 * The query options of an event's show and edit pages: an id that names no
 * event (mistyped, or deleted since the link was made) says so in the
 * interface language, naming the event, before going to the list.
 */
export function useEventNotFound() {
  const notify = useNotify()
  const redirect = useRedirect()
  return useMemo(
    () => ({
      onError: () => {
        notify('resources.events.form.notFound', { type: 'error' })
        redirect('list', 'events')
      },
    }),
    [notify, redirect],
  )
}
