import type { Presidency } from '@rcm/shared'
import { useRecordContext } from 'react-admin'
import { usePresidencyTerm } from './usePresidencyName'

/** The presidency's member state and years, "El Salvador 2026–2027": how links and dialogs name it. */
export const PresidencyName = () => {
  const record = useRecordContext<Presidency>()
  const term = usePresidencyTerm()
  return record ? <>{term(record)}</> : null
}
