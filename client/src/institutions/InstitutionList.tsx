import type { Institution } from '@rcm/shared'
import { DataTable } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupList } from '../lookup-tables/LookupList'

const Column = DataTable.Col<Institution>

export const InstitutionList = () => (
  <LookupList>
    <Column source="acronym">
      <LocalizedTextField source="acronym" />
    </Column>
    <Column source="name">
      <LocalizedTextField source="name" />
    </Column>
  </LookupList>
)
