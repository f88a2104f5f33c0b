import type { ReactNode } from 'react'
import { BooleanInput, DataTable, List, SearchInput } from 'react-admin'
import { SortInLanguage, useLanguageSort } from '../common/languageSort'

// "Not used by any event" finds what was added from the event form and never used, to clean it up.
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="unused" source="unused" label="rcm.unused.filter" defaultValue={true} />,
]

/**
 * A lookup table's list: searched with `q`, sorted by name in the interface
 * language, a row opens its form; `children` are its columns, whose bilingual
 * ones (`localizedFields`) sort by the text in the interface language too.
 */
export const LookupList = ({
  children,
  localizedFields = ['name'],
}: {
  children: ReactNode
  localizedFields?: readonly string[]
}) => (
  <List filters={filters} sort={useLanguageSort('name')}>
    <SortInLanguage fields={localizedFields} />
    <DataTable rowClick="edit">{children}</DataTable>
  </List>
)
