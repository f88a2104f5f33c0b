import VisibilityIcon from '@mui/icons-material/Visibility'
import { Button, Tooltip } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'

/** Where the server renders an event's working copy on the public page's template. */
const previewUrl = (id: number, language: string) => `/api/events/${id}/preview?lang=${language}`

/**
 * Opens the saved working copy as the public calendar page would show it,
 * in the UI language, in a new tab: the page is a whole document with its
 * own strict CSP, so it is kept out of the admin app's DOM.
 */
export const EventPreviewButton = () => {
  const record = useRecordContext<{ id: number }>()
  const language = useLanguage()
  const translate = useTranslate()
  if (!record) return null
  const hint = translate('resources.events.preview.hint')
  return (
    <Tooltip title={hint} describeChild>
      <Button
        size="small"
        href={previewUrl(record.id, language)}
        target="_blank"
        rel="noopener"
        startIcon={<VisibilityIcon />}
      >
        {translate('resources.events.preview.button')}
      </Button>
    </Tooltip>
  )
}
