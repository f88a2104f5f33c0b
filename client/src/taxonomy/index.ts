import CategoryIcon from '@mui/icons-material/Category'
import HubIcon from '@mui/icons-material/Hub'
import PublicIcon from '@mui/icons-material/Public'
import { createElement, lazy } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import type * as LookupTaxonomy from './LookupTaxonomy'

/** A page of LookupTaxonomy.tsx, loaded when first opened. */
const page = (name: keyof typeof LookupTaxonomy) =>
  lazy(() => import('./LookupTaxonomy').then((module) => ({ default: module[name] })))

/** The resources of issue 18 §3 besides presidencies (presidencies.ts). */
export const eventTypes = {
  list: page('EventTypeList'),
  create: page('EventTypeCreate'),
  edit: page('EventTypeEdit'),
  icon: CategoryIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}

export const networks = {
  list: page('NetworkList'),
  create: page('NetworkCreate'),
  edit: page('NetworkEdit'),
  icon: HubIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}

export const countries = {
  list: page('CountryList'),
  icon: PublicIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
