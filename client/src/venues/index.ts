import PlaceIcon from '@mui/icons-material/Place'
import { createElement } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { VenueCreate } from './VenueCreate'
import { VenueEdit } from './VenueEdit'
import { VenueList } from './VenueList'
import { VenueShow } from './VenueShow'

export default {
  list: VenueList,
  create: VenueCreate,
  edit: VenueEdit,
  show: VenueShow,
  icon: PlaceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
