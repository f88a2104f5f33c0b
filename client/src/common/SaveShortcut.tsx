import { useEffect, useRef } from 'react'

/**
 * Ctrl+S (⌘S on a Mac) saves the form this sits in, as its Save button would,
 * instead of the browser's "save page as".
 */
export const SaveShortcut = () => {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return
      const form = marker.current?.closest('form')
      if (!form) return
      event.preventDefault()
      form.requestSubmit()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
  return <span ref={marker} hidden />
}
