import FlagIcon from '@mui/icons-material/Flag'
import { createElement, lazy } from 'react'
import { PresidencyName } from './PresidencyName'

/** A page of PresidencyViews.tsx, loaded when first opened. */
const page = (name: 'PresidencyCreate' | 'PresidencyEdit' | 'PresidencyList') =>
  lazy(() => import('./PresidencyViews').then((module) => ({ default: module[name] })))

export default {
  list: page('PresidencyList'),
  create: page('PresidencyCreate'),
  edit: page('PresidencyEdit'),
  icon: FlagIcon,
  recordRepresentation: createElement(PresidencyName),
}
