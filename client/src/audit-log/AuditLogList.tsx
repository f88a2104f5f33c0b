import type { AuditEntry, User } from '@rcm/shared'
import { Link as MuiLink, Typography, useMediaQuery, type Theme } from '@mui/material'
import { Link } from 'react-router-dom'
import {
  AutocompleteInput,
  DataTable,
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  SimpleList,
  TextInput,
  useGetManyAggregate,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin'
import { LocaleDateField } from '../common/LocaleDateField'

const Column = DataTable.Col<AuditEntry>

/** When, as the rest of the app writes a moment: "6 dic 2026, 18:17". */
const WHEN = { dateStyle: 'medium', timeStyle: 'short' } as const

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

/** "sessionsEnded" → "Sessions ended": a detail the catalogue does not name yet still reads as words. */
const inWords = (key: string) => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const isText = (value: unknown): value is { en: string; es: string } =>
  typeof value === 'object' && value !== null && 'en' in value && 'es' in value

/** A detail's value in words: yes/no, a text in the interface's language, a change as "old → new", lists joined. */
function useDetailValue(): (value: unknown) => string {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const say = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—'
    if (typeof value === 'boolean') return translate(`rcm.audit.details.${value ? 'yes' : 'no'}`)
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    if (Array.isArray(value)) return value.map(say).join(', ')
    if (isText(value)) return (locale === 'es' ? value.es || value.en : value.en || value.es) || '—'
    if (typeof value === 'object' && 'from' in value && 'to' in value)
      return translate('rcm.audit.status_change', { from: say(value.from), to: say(value.to) })
    return Object.entries(value)
      .map(([key, inner]) => `${translate(`rcm.audit.details.${key}`, { _: inWords(key) })}: ${say(inner)}`)
      .join('; ')
  }
  return say
}

/** The details as readable lines: a status change as "Draft → In review", a comment quoted, other values by name. */
const DetailsField = () => {
  const record = useRecordContext<AuditEntry>()
  const translate = useTranslate()
  const say = useDetailValue()
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
    // A word the server wrote (the cause of a presidency's reassignment) in the interface's language.
    const said =
      typeof value === 'string' ? translate(`rcm.audit.values.${key}.${value}`, { _: say(value) }) : say(value)
    lines.push(`${translate(`rcm.audit.details.${key}`, { _: inWords(key) })}: ${said}`)
  }
  return (
    <Typography variant="body2" component="div" sx={{ wordBreak: 'break-word' }}>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </Typography>
  )
}

/** Who did it, for a phone's line: the users of a page are asked for at once; nothing when no one signed in did it. */
const Actor = () => {
  const record = useRecordContext<AuditEntry>()
  const userId = record?.userId ?? null
  const { data, isPending } = useGetManyAggregate<User>(
    'users',
    { ids: userId === null ? [] : [userId] },
    { enabled: userId !== null },
  )
  const user = data?.find((candidate) => candidate.id === userId)
  if (userId === null || isPending) return null
  // A user deleted since keeps their number.
  return <>{` · ${user?.fullName ?? `#${userId}`}`}</>
}

/** A phone's audit log: one entry per line, the action in words and on what, then when and by whom. */
const PhoneList = () => {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  return (
    <SimpleList<AuditEntry>
      linkType={false}
      primaryText={(entry) => translate(`rcm.audit.actions.${entry.action}`, { _: entry.action })}
      secondaryText={(entry) => (
        <>
          {new Date(entry.createdAt).toLocaleString(locale, WHEN)}
          <Actor />
        </>
      )}
      tertiaryText={(entry) =>
        entry.targetType && entry.targetId !== null
          ? translate(`rcm.audit.target.${entry.targetType}`, {
              id: entry.targetId,
              _: `${entry.targetType} ${entry.targetId}`,
            })
          : ''
      }
    />
  )
}

/** The audit log (administrators only), newest first; below the md breakpoint, a simple list with no sideways scrolling. */
export const AuditLogList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <List<AuditEntry> filters={filters} sort={{ field: 'id', order: 'DESC' }}>
      {small ? (
        <PhoneList />
      ) : (
        <DataTable<AuditEntry> rowClick={false} bulkActionButtons={false}>
          <Column source="createdAt">
            <LocaleDateField source="createdAt" showTime options={WHEN} />
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
      )}
    </List>
  )
}

export default AuditLogList
