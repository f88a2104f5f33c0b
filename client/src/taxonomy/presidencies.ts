import FlagIcon from '@mui/icons-material/Flag'
import { lazy } from 'react'

/** A page of PresidencyViews.tsx, loaded when first opened. */
const page = (name: 'PresidencyCreate' | 'PresidencyEdit' | 'PresidencyList') =>
  lazy(() => import('./PresidencyViews').then((module) => ({ default: module[name] })))

export default {
  list: page('PresidencyList'),
  create: page('PresidencyCreate'),
  edit: page('PresidencyEdit'),
  icon: FlagIcon,
  recordRepresentation: (record: { countryCode: string; startDate: string; endDate: string }) =>
    `${record.countryCode} ${record.startDate} – ${record.endDate}`,
}
