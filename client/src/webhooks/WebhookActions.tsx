import type { Webhook } from '@rcm/shared'
import KeyIcon from '@mui/icons-material/Key'
import SendIcon from '@mui/icons-material/Send'
import { useState } from 'react'
import { Button, Confirm, EditButton, TopToolbar, useRecordContext } from 'react-admin'
import { useWebhookCall } from './useWebhookCall'

/** Edit, send a test notice, rotate the secret (after a confirmation: the website must then switch to the new one). */
export const WebhookActions = () => {
  const webhook = useRecordContext<Webhook>()
  const [isConfirming, setConfirming] = useState(false)
  const test = useWebhookCall('sendTestNotice', 'resources.webhooks.actions.test_queued')
  const rotate = useWebhookCall('rotateWebhookSecret', 'resources.webhooks.actions.rotated')
  if (!webhook) return null
  return (
    <TopToolbar>
      <EditButton />
      <Button label="resources.webhooks.actions.test" onClick={() => test.mutate(webhook.id)} disabled={test.isPending}>
        <SendIcon />
      </Button>
      <Button label="resources.webhooks.actions.rotate" onClick={() => setConfirming(true)} disabled={rotate.isPending}>
        <KeyIcon />
      </Button>
      <Confirm
        isOpen={isConfirming}
        title="resources.webhooks.actions.rotate"
        content="resources.webhooks.actions.rotate_confirm"
        onConfirm={() => {
          setConfirming(false)
          rotate.mutate(webhook.id)
        }}
        onClose={() => setConfirming(false)}
      />
    </TopToolbar>
  )
}
