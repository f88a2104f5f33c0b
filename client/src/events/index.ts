import EventIcon from '@mui/icons-material/Event'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'

// Every page loads when first opened (the home page is the dashboard): the initial bundle stays under its budget.
export default {
  list: lazy(() => import('./EventList').then((module) => ({ default: module.EventList }))),
  create: lazy(() => import('./EventCreate').then((module) => ({ default: module.EventCreate }))),
  edit: lazy(() => import('./EventEdit').then((module) => ({ default: module.EventEdit }))),
  show: lazy(() => import('./EventShow').then((module) => ({ default: module.EventShow }))),
  icon: EventIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'title' }),
}
