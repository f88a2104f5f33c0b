import FlagIcon from '@mui/icons-material/Flag'
import { PresidencyCreate, PresidencyEdit, PresidencyList } from './PresidencyViews'

export default {
  list: PresidencyList,
  create: PresidencyCreate,
  edit: PresidencyEdit,
  icon: FlagIcon,
  recordRepresentation: (record: { countryCode: string; startDate: string; endDate: string }) =>
    `${record.countryCode} ${record.startDate} – ${record.endDate}`,
}
