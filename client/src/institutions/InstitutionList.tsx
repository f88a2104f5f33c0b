import type { Institution } from '@rcm/shared'
import { DataTable } from 'react-admin'
import { useLanguageSortField } from '../common/languageSort'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupList } from '../lookup-tables/LookupList'

const Column = DataTable.Col<Institution>

/** Institutions by name; acronym and name sort by the text in the interface language. */
export const InstitutionList = () => (
  <LookupList localizedFields={['name', 'acronym']}>
    <Column source={useLanguageSortField('acronym')} label="resources.institutions.fields.acronym">
      <LocalizedTextField source="acronym" />
    </Column>
    <Column source={useLanguageSortField('name')} label="resources.institutions.fields.name">
      <LocalizedTextField source="name" />
    </Column>
  </LookupList>
)
