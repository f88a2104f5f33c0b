import ScheduleIcon from '@mui/icons-material/Schedule'
import { lazy } from 'react'

export default {
  list: lazy(() => import('./ScheduleList')),
  icon: ScheduleIcon,
}
