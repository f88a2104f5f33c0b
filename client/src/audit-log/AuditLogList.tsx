import type { AuditEntry } from '@rcm/shared'
import { Link as MuiLink, Typography } from '@mui/material'
import { Link } from 'react-router-dom'
import {
  AutocompleteInput,
  DataTable,
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  TextInput,
  useRecordContext,
  useTranslate,
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

/** The action in words ("Signed in"), or as the server names it when the catalogue does not know it yet. */
const ActionField = () => {
  const record = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Typography variant="body2" component="span">
      {translate(`rcm.audit.actions.${record.action}`, { _: record.action })}
    </Typography>
  )
}

/** What the action was done to: an event links to its page. */
const TargetField = () => {
  const record = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!record?.targetType || record.targetId === null) return null
  const label = translate(`rcm.audit.target.${record.targetType}`, {
    id: record.targetId,
    _: `${record.targetType} ${record.targetId}`,
  })
  if (record.targetType !== 'events') return <span>{label}</span>
  return (
    <MuiLink component={Link} to={`/events/${record.targetId}/show`}>
      {label}
    </MuiLink>
  )
}

const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** The details as readable lines: a status change as "Draft → In review", a comment quoted, other values by name. */
const DetailsField = () => {
  const record = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  if (!record) return null
  const { from, to, comment, ...rest } = record.details as Record<string, unknown>
  const status = (value: unknown) => translate(`resources.events.status.${String(value)}`, { _: String(value) })
  const lines: string[] = []
  if (typeof from === 'string' && typeof to === 'string') {
    lines.push(translate('rcm.audit.status_change', { from: status(from), to: status(to) }))
  }
  if (typeof comment === 'string' && comment !== '') lines.push(translate('rcm.audit.comment', { comment }))
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue
    lines.push(`${key}: ${isPlain(value) ? String(value) : JSON.stringify(value)}`)
  }
  return (
    <Typography variant="body2" component="div" sx={{ wordBreak: 'break-word' }}>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
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
      <Column source="action">
        <ActionField />
      </Column>
      <Column source="targetId" disableSort>
        <TargetField />
      </Column>
      <Column source="details" disableSort>
        <DetailsField />
      </Column>
    </DataTable>
  </List>
)

export default AuditLogList
