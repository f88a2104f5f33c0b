import {
  checkCompleteness,
  LANGUAGES,
  untranslatedTexts,
  type CompletenessInput,
  type TranslatableEvent,
} from '@rcm/shared'
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline'
import { Alert, AlertTitle, List, ListItem, ListItemIcon, ListItemText } from '@mui/material'
import { useTranslate } from 'react-admin'

/**
 * What publishing still needs, from the shared check the server's publish
 * enforces (409 with `missing`), so the reviewer sees it before trying. Each
 * item is the check's own message, which the catalogues carry in both
 * languages from shared/src/validation-messages.ts (i18nProvider.ts).
 */
export const PublishChecklist = ({ event }: { event: CompletenessInput | (CompletenessInput & TranslatableEvent) }) => {
  const translate = useTranslate()
  const { isComplete, errors } = checkCompleteness(event)
  // Given the whole event (the show page), a language with texts missing tempers "ready": the checklist of the
  // languages below says which, and the publish dialog asks to confirm it.
  const incomplete =
    'description' in event && 'objectives' in event
      ? LANGUAGES.filter((language) => untranslatedTexts(event, language).length > 0)
      : []
  if (isComplete && incomplete.length > 0) {
    return (
      <Alert severity="info" sx={{ my: 1 }}>
        {translate('rcm.checklist.complete_one_language', {
          languages: incomplete.map((language) => language.toUpperCase()).join(', '),
        })}
      </Alert>
    )
  }
  if (isComplete) {
    return (
      <Alert severity="success" icon={<CheckCircleIcon fontSize="inherit" />} sx={{ my: 1 }}>
        {translate('rcm.checklist.complete')}
      </Alert>
    )
  }
  return (
    <Alert severity="warning" sx={{ my: 1 }} role="status">
      <AlertTitle>{translate('rcm.checklist.title')}</AlertTitle>
      <List dense disablePadding>
        {Object.entries(errors).map(([field, message]) => (
          <ListItem key={field} disableGutters>
            <ListItemIcon sx={{ minWidth: 28 }}>
              <ErrorOutlineIcon fontSize="small" color="warning" />
            </ListItemIcon>
            <ListItemText primary={translate(message, { _: message })} />
          </ListItem>
        ))}
      </List>
    </Alert>
  )
}
