import { useMutation } from '@tanstack/react-query'
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin'
import { errorMessage } from '../common/httpErrors'
import type { CalendarDataProvider } from '../providers/dataProvider'

type Call = 'rotateWebhookSecret' | 'sendTestNotice' | 'redeliverWebhookNotice'

/** One of the webhook calls beyond CRUD, with a notification either way and a refresh after it. */
export function useWebhookCall(call: Call, doneMessage: string) {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const notify = useNotify()
  const refresh = useRefresh()
  return useMutation({
    mutationFn: async (id: Identifier) => {
      await dataProvider[call](id)
    },
    onSuccess: () => {
      notify(doneMessage, { type: 'success' })
      refresh()
    },
    onError: (error) => {
      const message = errorMessage(error)
      notify(message, { type: 'error', messageArgs: { _: message } })
    },
  })
}
