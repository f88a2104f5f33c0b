import { institutionLabel, joinNames, type Institution } from '@rcm/shared'
import { Typography } from '@mui/material'
import { useGetManyAggregate, useRecordContext } from 'react-admin'
import { inIdOrder } from './inIdOrder'
import { useLanguage } from './useLocalized'

/**
 * The record's `institutionIds` as one phrase, in their order: "ICRC, OHCHR,
 * IOM and RNCOM" / "CICR, ACNUDH, OIM y RROCM".
 */
export const InstitutionsField = () => {
  const record = useRecordContext<{ id: number; institutionIds: number[] }>()
  const language = useLanguage()
  const ids = record?.institutionIds ?? []
  const { data } = useGetManyAggregate<Institution>('institutions', { ids }, { enabled: ids.length > 0 })
  if (ids.length === 0 || !data) return null
  const names = inIdOrder(data, ids).map((institution) => institutionLabel(institution, language))
  return (
    <Typography component="span" variant="body2">
      {joinNames(names, language)}
    </Typography>
  )
}
