import CategoryIcon from '@mui/icons-material/Category'
import HubIcon from '@mui/icons-material/Hub'
import PublicIcon from '@mui/icons-material/Public'
import { createElement } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import {
  CountryList,
  EventTypeCreate,
  EventTypeEdit,
  EventTypeList,
  NetworkCreate,
  NetworkEdit,
  NetworkList,
} from './LookupTaxonomy'

/** The resources of issue 18 §3 besides presidencies (presidencies.ts). */
export const eventTypes = {
  list: EventTypeList,
  create: EventTypeCreate,
  edit: EventTypeEdit,
  icon: CategoryIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}

export const networks = {
  list: NetworkList,
  create: NetworkCreate,
  edit: NetworkEdit,
  icon: HubIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}

export const countries = {
  list: CountryList,
  icon: PublicIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
