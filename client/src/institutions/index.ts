import AccountBalanceIcon from '@mui/icons-material/AccountBalance'
import { createElement } from 'react'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { InstitutionCreate } from './InstitutionCreate'
import { InstitutionEdit } from './InstitutionEdit'
import { InstitutionList } from './InstitutionList'
import { InstitutionShow } from './InstitutionShow'

export default {
  list: InstitutionList,
  create: InstitutionCreate,
  edit: InstitutionEdit,
  show: InstitutionShow,
  icon: AccountBalanceIcon,
  recordRepresentation: createElement(LocalizedTextField, { source: 'name' }),
}
