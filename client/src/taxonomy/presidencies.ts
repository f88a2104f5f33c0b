import FlagIcon from '@mui/icons-material/Flag'
import { createElement } from 'react'
import { PresidencyCreate, PresidencyEdit, PresidencyList, PresidencyName } from './PresidencyViews'

export default {
  list: PresidencyList,
  create: PresidencyCreate,
  edit: PresidencyEdit,
  icon: FlagIcon,
  recordRepresentation: createElement(PresidencyName),
}
