import PlaceIcon from '@mui/icons-material/Place'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'

// Every page loads when first opened: the initial bundle stays under its budget.
export default {
  list: lazy(() => import('./VenueList').then((module) => ({ default: module.VenueList }))),
  create: lazy(() => import('./VenueCreate').then((module) => ({ default: module.VenueCreate }))),
  edit: lazy(() => import('./VenueEdit').then((module) => ({ default: module.VenueEdit }))),
  show: lazy(() => import('./VenueShow').then((module) => ({ default: module.VenueShow }))),
  icon: PlaceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
