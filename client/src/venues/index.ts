import PlaceIcon from '@mui/icons-material/Place'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { VenueList } from './VenueList'

// The forms and the show page load when first opened: the list is the first page.
export default {
  list: VenueList,
  create: lazy(() => import('./VenueCreate').then((module) => ({ default: module.VenueCreate }))),
  edit: lazy(() => import('./VenueEdit').then((module) => ({ default: module.VenueEdit }))),
  show: lazy(() => import('./VenueShow').then((module) => ({ default: module.VenueShow }))),
  icon: PlaceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
