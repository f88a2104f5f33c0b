import type { ReactNode } from 'react'
import { DataTable, List, SearchInput } from 'react-admin'

const filters = [<SearchInput key="q" source="q" alwaysOn />]

/** A lookup table's list: searched with `q`, sorted by name, a row opens its form; `children` are its columns. */
export const LookupList = ({ children }: { children: ReactNode }) => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="edit">{children}</DataTable>
  </List>
)
