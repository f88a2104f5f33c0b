import { checkCompleteness, type CompletenessInput } from '@rcm/shared'
import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline'
import { Alert, AlertTitle, List, ListItem, ListItemIcon, ListItemText } from '@mui/material'
import { useTranslate } from 'react-admin'

/**
 * What publishing still needs, from the shared check the server's publish
 * enforces (409 with `missing`), so the reviewer sees it before trying.
 */
export const PublishChecklist = ({ event }: { event: CompletenessInput }) => {
  const translate = useTranslate()
  const { isComplete, missing } = checkCompleteness(event)
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
        {missing.map((field) => (
          <ListItem key={field} disableGutters>
            <ListItemIcon sx={{ minWidth: 28 }}>
              <ErrorOutlineIcon fontSize="small" color="warning" />
            </ListItemIcon>
            <ListItemText primary={translate(`rcm.checklist.items.${field}`)} />
          </ListItem>
        ))}
      </List>
    </Alert>
  )
}
