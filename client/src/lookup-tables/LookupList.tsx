import type { ReactNode } from 'react'
import { BooleanInput, DataTable, List, SearchInput } from 'react-admin'

// "Not used by any event" finds what was added from the event form and never used, to clean it up.
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="unused" source="unused" label="rcm.unused.filter" defaultValue={true} />,
]

/** A lookup table's list: searched with `q`, sorted by name, a row opens its form; `children` are its columns. */
export const LookupList = ({ children }: { children: ReactNode }) => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="edit">{children}</DataTable>
  </List>
)
