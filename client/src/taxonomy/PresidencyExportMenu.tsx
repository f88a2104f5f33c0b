import DownloadIcon from '@mui/icons-material/Download'
import { Button, Menu, MenuItem } from '@mui/material'
import { useState } from 'react'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'

/**
 * One menu on a presidency's page: its published events as JSON, CSV and
 * iCalendar (the public exports with `presidency=ID`), and its print-ready
 * report in either language. Links, so the browser downloads or opens them.
 */
export const PresidencyExportMenu = () => {
  const record = useRecordContext<{ id: number }>()
  const translate = useTranslate()
  const lang = useLanguage()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  if (!record) return null
  const feed = (format: 'json' | 'csv' | 'ics') =>
    `/api/public/events.${format}?presidency=${record.id}${format === 'ics' ? `&lang=${lang}` : ''}`
  const report = (language: 'en' | 'es') => `/api/presidencies/${record.id}/report?lang=${language}`
  const close = () => setAnchor(null)
  const items = [
    { href: feed('json'), label: translate('rcm.taxonomy.json') },
    { href: feed('csv'), label: translate('rcm.taxonomy.csv') },
    { href: feed('ics'), label: translate('rcm.taxonomy.ics') },
    { href: report('en'), label: translate('resources.presidencies.report') },
    { href: report('es'), label: translate('resources.presidencies.report_es') },
  ]
  return (
    <>
      <Button
        id="presidency-export"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? 'presidency-export-menu' : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate('resources.presidencies.export')}
      </Button>
      <Menu
        id="presidency-export-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        MenuListProps={{ 'aria-labelledby': 'presidency-export' }}
      >
        {items.map((item) => (
          <MenuItem key={item.href} component="a" href={item.href} target="_blank" rel="noopener" onClick={close}>
            {item.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
