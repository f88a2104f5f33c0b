import HistoryIcon from '@mui/icons-material/History'
import { lazy } from 'react'

/** Administrators only, read-only; loaded when first opened. */
export default {
  list: lazy(() => import('./AuditLogList')),
  icon: HistoryIcon,
}
