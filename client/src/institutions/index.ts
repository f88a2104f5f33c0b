import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'

// Every page loads when first opened: the initial bundle stays under its budget.
export default {
  list: lazy(() => import('./InstitutionList').then((module) => ({ default: module.InstitutionList }))),
  create: lazy(() => import('./InstitutionCreate').then((module) => ({ default: module.InstitutionCreate }))),
  edit: lazy(() => import('./InstitutionEdit').then((module) => ({ default: module.InstitutionEdit }))),
  show: lazy(() => import('./InstitutionShow').then((module) => ({ default: module.InstitutionShow }))),
  icon: AccountBalanceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
