import type { Event } from '@rcm/shared'
import DownloadIcon from '@mui/icons-material/GetApp'
import { Divider, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material'
import { useState } from 'react'
import {
  Button,
  fetchRelatedRecords,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useTranslate,
  type Exporter,
} from 'react-admin'
import type * as Exporters from './eventExporter'

/** The API's cap on one list request (docs/contract.md, "Lists"); react-admin's ExportButton asks for as many. */
const MAX_RESULTS = 1000

/** The feeds, and what to say of the one Import does not take (docs/import.md: iCalendar carries too little of an event). */
const FEEDS = [
  ['rcm.export.feed_json', 'events.json', null],
  ['rcm.export.feed_csv', 'events.csv', null],
  ['rcm.export.feed_ics', 'events.ics', 'rcm.export.feed_ics_note'],
] as const

/**
 * The events list's Export menu: the list as filtered and sorted now, as CSV
 * or JSON (what ExportButton does, with a choice of exporter), and links to
 * the public feeds in the interface language. Import takes every file here
 * but the iCalendar feed, which says so.
 */
export const ExportMenu = () => {
  const { filter, filterValues, sort, resource, total } = useListContext<Event>()
  const dataProvider = useDataProvider()
  const notify = useNotify()
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)

  // The exporters load on first use: the list is the first screen, an export is rare.
  const exportWith = (pick: (exporters: typeof Exporters) => Exporter<Event>) => {
    setAnchor(null)
    Promise.all([
      import('./eventExporter'),
      dataProvider.getList<Event>(resource, {
        sort,
        filter: filter ? { ...filterValues, ...filter } : filterValues,
        pagination: { page: 1, perPage: MAX_RESULTS },
      }),
    ])
      .then(([exporters, { data }]) => pick(exporters)(data, fetchRelatedRecords(dataProvider), dataProvider, resource))
      .catch(() => notify('ra.notification.http_error', { type: 'error' }))
  }

  return (
    <>
      <Button
        label="rcm.export.menu"
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-controls={anchor ? 'export-menu' : undefined}
      >
        <DownloadIcon />
      </Button>
      <Menu id="export-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem disabled={total === 0} onClick={() => exportWith((exporters) => exporters.eventExporter)}>
          {translate('rcm.export.list_csv')}
        </MenuItem>
        <MenuItem disabled={total === 0} onClick={() => exportWith((exporters) => exporters.eventJsonExporter)}>
          {translate('rcm.export.list_json')}
        </MenuItem>
        <Divider />
        <ListSubheader>{translate('rcm.export.feeds')}</ListSubheader>
        {FEEDS.map(([label, file, note]) => (
          <MenuItem
            key={file}
            component="a"
            href={`/api/public/${file}?lang=${locale === 'es' ? 'es' : 'en'}`}
            target="_blank"
            rel="noopener"
            onClick={() => setAnchor(null)}
          >
            <ListItemText primary={translate(label)} secondary={note ? translate(note) : undefined} />
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
