import type { Institution } from '@rcm/shared'
import { useCallback } from 'react'
import { ReferenceArrayField, SingleFieldList, useRecordContext } from 'react-admin'
import { inIdOrder } from './inIdOrder'
import { InstitutionChip } from './InstitutionChip'

const NO_IDS: number[] = []

/** The record's `institutionIds` as chips, in the record's order (getMany returns them in the server's). */
export const InstitutionChipsField = () => {
  const record = useRecordContext<{ id: number; institutionIds: number[] }>()
  const ids = record?.institutionIds ?? NO_IDS
  const select = useCallback((institutions: Institution[]) => inIdOrder(institutions, ids), [ids])
  return (
    <ReferenceArrayField source="institutionIds" reference="institutions" queryOptions={{ select }}>
      <SingleFieldList linkType={false}>
        <InstitutionChip />
      </SingleFieldList>
    </ReferenceArrayField>
  )
}
