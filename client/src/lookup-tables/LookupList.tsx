import { useMediaQuery, type Theme } from '@mui/material'
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
 * A table too wide for a phone gives a `phoneList` (a SimpleList), shown below
 * the `md` breakpoint so that the page needs no sideways scrolling.
 */
export const LookupList = ({
  children,
  localizedFields = ['name'],
  phoneList,
}: {
  children: ReactNode
  localizedFields?: readonly string[]
  phoneList?: ReactNode
}) => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <List filters={filters} sort={useLanguageSort('name')}>
      <SortInLanguage fields={localizedFields} />
      {small && phoneList ? phoneList : <DataTable rowClick="edit">{children}</DataTable>}
    </List>
  )
}
