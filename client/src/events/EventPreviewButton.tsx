import VisibilityIcon from '@mui/icons-material/Visibility'
import { Button, Tooltip } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'
import { useSaveFirst } from './SaveFirst'

/** Where the server renders an event's working copy on the public page's template. */
const previewUrl = (id: number, language: string) => `/api/events/${id}/preview?lang=${language}`

/**
 * Opens the saved working copy as the public calendar page would show it,
 * in the UI language, in a new tab: the page is a whole document with its
 * own strict CSP, so it is kept out of the admin app's DOM. On an edit form
 * with unsaved changes it saves them first ("Save and preview"), so that the
 * preview shows what the user sees; if the save fails, no tab stays open.
 */
export const EventPreviewButton = () => {
  const record = useRecordContext<{ id: number }>()
  const language = useLanguage()
  const translate = useTranslate()
  const form = useSaveFirst()
  if (!record) return null
  const url = previewUrl(record.id, language)
  if (form?.isDirty) {
    const saveAndPreview = async () => {
      // Opened during the click, which browsers allow; filled once the save is done.
      const tab = window.open('', '_blank')
      if (tab) tab.opener = null
      const saved = await form.saveNow()
      if (!tab) return
      if (saved) tab.location.href = url
      else tab.close()
    }
    return (
      <Tooltip title={translate('rcm.save_first.preview_hint')} describeChild>
        <Button size="small" onClick={() => void saveAndPreview()} startIcon={<VisibilityIcon />}>
          {translate('rcm.save_first.preview')}
        </Button>
      </Tooltip>
    )
  }
  return (
    <Tooltip title={translate('resources.events.preview.hint')} describeChild>
      <Button size="small" href={url} target="_blank" rel="noopener" startIcon={<VisibilityIcon />}>
        {translate('resources.events.preview.button')}
      </Button>
    </Tooltip>
  )
}
