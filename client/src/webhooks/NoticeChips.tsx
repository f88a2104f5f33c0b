import type { Webhook } from '@rcm/shared'
import { Chip, Stack } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'

/** The webhook's notices, translated. */
export const NoticeChips = () => {
  const webhook = useRecordContext<Webhook>()
  const translate = useTranslate()
  if (!webhook) return null
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
      {webhook.notices.map((notice) => (
        <Chip key={notice} size="small" label={translate(`resources.webhooks.notices.${notice}`)} />
      ))}
    </Stack>
  )
}
