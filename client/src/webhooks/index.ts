import WebhookIcon from '@mui/icons-material/Webhook'
import { lazy } from 'react'

/** Administrators only: loaded when first opened, not in the initial bundle. */
export default {
  list: lazy(() => import('./WebhookList')),
  create: lazy(() => import('./WebhookCreate')),
  edit: lazy(() => import('./WebhookEdit')),
  show: lazy(() => import('./WebhookShow')),
  icon: WebhookIcon,
  recordRepresentation: 'url',
}
