import UploadFileIcon from '@mui/icons-material/UploadFile'
import { Link } from 'react-router-dom'
import { Button, CreateButton, FilterButton, TopToolbar } from 'react-admin'
import { ExportMenu } from './ExportMenu'

/** The events list's toolbar: filters, create, the Export menu, and the way to the Import page. */
export const EventListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportMenu />
    <Button component={Link} to="/import" label="rcm.import.open">
      <UploadFileIcon />
    </Button>
  </TopToolbar>
)
