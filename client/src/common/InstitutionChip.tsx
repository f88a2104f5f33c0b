import { institutionLabel, type Institution } from '@rcm/shared'
import { ChipField, useRecordContext } from 'react-admin'
import { useLanguage } from './useLocalized'

/** An institution as a chip labelled the way events name it (acronym, else name). */
export const InstitutionChip = () => {
  const record = useRecordContext<Institution>()
  const language = useLanguage()
  if (!record) return null
  return <ChipField record={{ id: record.id, label: institutionLabel(record, language) }} source="label" size="small" />
}
