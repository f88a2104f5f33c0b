import UploadFileIcon from '@mui/icons-material/UploadFile'
import { useMediaQuery, type Theme } from '@mui/material'
import type { EVENT_SORT_FIELDS } from '@rcm/shared'
import { Link } from 'react-router-dom'
import { Button, CreateButton, FilterButton, SortButton, TopToolbar } from 'react-admin'
import { ExportMenu } from './ExportMenu'

/** What a phone's list can be sorted by: it has no column headers to click. */
const PHONE_SORT_FIELDS: (typeof EVENT_SORT_FIELDS)[number][] = ['startDate', 'title', 'updatedAt', 'status']

/**
 * The events list's toolbar: filters, create, the Export menu, and the way to the Import page;
 * below `md`, where the list has no headers (EventList), a sort menu too.
 */
export const EventListActions = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  return (
    <TopToolbar>
      {small && <SortButton fields={PHONE_SORT_FIELDS} />}
      <FilterButton />
      <CreateButton />
      <ExportMenu />
      <Button component={Link} to="/import" label="rcm.import.open">
        <UploadFileIcon />
      </Button>
    </TopToolbar>
  )
}
