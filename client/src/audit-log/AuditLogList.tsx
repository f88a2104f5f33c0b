import type { AuditEntry } from '@rcm/shared'
import { Typography } from '@mui/material'
import {
  AutocompleteInput,
  DataTable,
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  TextInput,
  useRecordContext,
} from 'react-admin'
import { LocaleDateField } from '../common/LocaleDateField'

const Column = DataTable.Col<AuditEntry>

const filters = [
  <TextInput key="action" source="action" alwaysOn />,
  <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'fullName', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="resources.audit-log.fields.userId" optionText="fullName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <DateTimeInput key="createdAt_gte" source="createdAt_gte" alwaysOn />,
  <DateTimeInput key="createdAt_lte" source="createdAt_lte" />,
]

const DetailsField = () => {
  const record = useRecordContext<AuditEntry>()
  if (!record) return null
  return (
    <Typography variant="body2" component="code" sx={{ fontSize: 12, wordBreak: 'break-word' }}>
      {JSON.stringify(record.details)}
    </Typography>
  )
}

/** The audit log (administrators only), newest first. */
export const AuditLogList = () => (
  <List<AuditEntry> filters={filters} sort={{ field: 'id', order: 'DESC' }}>
    <DataTable<AuditEntry> rowClick={false} bulkActionButtons={false}>
      <Column source="createdAt">
        <LocaleDateField source="createdAt" showTime />
      </Column>
      <Column source="userId">
        <ReferenceField source="userId" reference="users" link={false} emptyText="—" />
      </Column>
      <Column source="action" />
      <Column source="targetType" disableSort />
      <Column source="targetId" disableSort />
      <Column source="details" disableSort>
        <DetailsField />
      </Column>
    </DataTable>
  </List>
)

export default AuditLogList
