import PeopleIcon from '@mui/icons-material/People'
import { lazy } from 'react'

/** Administrators only: loaded when first opened, not in the initial bundle. */
export default {
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
}
