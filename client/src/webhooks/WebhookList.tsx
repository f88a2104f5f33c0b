import type { Webhook } from '@rcm/shared'
import { EmptyNotice } from '../common/EmptyNotice'
import { BooleanField, CreateButton, DataTable, List, SearchInput } from 'react-admin'
import { NoticeChips } from './NoticeChips'

const Column = DataTable.Col<Webhook>

const filters = [<SearchInput key="q" source="q" alwaysOn />]

/** The URLs notified of publishing (administrators only). */
export const WebhookList = () => (
  <List<Webhook>
    filters={filters}
    sort={{ field: 'id', order: 'ASC' }}
    empty={<EmptyNotice message="resources.webhooks.empty" action={<CreateButton variant="contained" />} />}
  >
    <DataTable<Webhook> rowClick="show">
      <Column source="url" />
      <Column source="description" />
      <Column source="notices" disableSort>
        <NoticeChips />
      </Column>
      <Column source="active">
        <BooleanField source="active" />
      </Column>
    </DataTable>
  </List>
)

export default WebhookList
