import EventIcon from '@mui/icons-material/Event'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { EventList } from './EventList'

// The forms and the show page (rich-text editor, revision diff, workflow) load when first opened: the list is the first page.
export default {
  list: EventList,
  create: lazy(() => import('./EventCreate').then((module) => ({ default: module.EventCreate }))),
  edit: lazy(() => import('./EventEdit').then((module) => ({ default: module.EventEdit }))),
  show: lazy(() => import('./EventShow').then((module) => ({ default: module.EventShow }))),
  icon: EventIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'title' }),
}
