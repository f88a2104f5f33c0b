import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { InstitutionList } from './InstitutionList'

// The forms and the show page load when first opened: the list is the first page.
export default {
  list: InstitutionList,
  create: lazy(() => import('./InstitutionCreate').then((module) => ({ default: module.InstitutionCreate }))),
  edit: lazy(() => import('./InstitutionEdit').then((module) => ({ default: module.InstitutionEdit }))),
  show: lazy(() => import('./InstitutionShow').then((module) => ({ default: module.InstitutionShow }))),
  icon: AccountBalanceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
