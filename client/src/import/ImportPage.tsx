import { IMPORT_FILE_FORMATS, type ImportFileFormat, type ImportReportBody, type ImportRequest } from '@rcm/shared'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material'
import { useMutation } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin'
import { errorMessage } from '../common/httpErrors'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { ImportReportTable } from './ImportReportTable'

interface ChosenFile {
  name: string
  content: string
}

/** The file's text as UTF-8; FileReader rather than Blob.text(), which not every environment the app is tested in has. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error('The file cannot be read'))
    reader.readAsText(file, 'utf-8')
  })
}

const formatOf = (name: string): ImportFileFormat => (name.toLowerCase().endsWith('.json') ? 'json' : 'csv')

/** The API's body limit (docs/contract.md, "Writes"); the server would answer 413 anyway, this says so before uploading. */
const MAX_BYTES = 1024 * 1024

/**
 * Import of a JSON or CSV export (POST /api/import): choose the file, check
 * it (a dry run: the report of what each event would be), then confirm and
 * see what was done. Any change of file, format or status asks for a new check.
 */
export const ImportPage = () => {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const translate = useTranslate()
  const notify = useNotify()
  const { canAccess: mayPublish } = useCanAccess({ resource: 'events', action: 'publish' })
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [format, setFormat] = useState<ImportFileFormat>('csv')
  const [status, setStatus] = useState<ImportRequest['status']>('draft')
  const [report, setReport] = useState<ImportReportBody | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number | null } | null>(null)

  const { mutate, isPending } = useMutation({
    mutationFn: (dryRun: boolean) => {
      if (!file) throw new Error('No file')
      setProgress(null)
      return dataProvider.importEvents({ format, content: file.content, status, dryRun }, setProgress)
    },
    onSuccess: ({ data }) => {
      setReport(data)
      if (!data.isDryRun) notify('rcm.import.imported', { type: 'success' })
    },
    onError: (error) => setProblem(errorMessage(error)),
  })

  const reset = () => {
    setReport(null)
    setProblem(null)
  }

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    reset()
    if (!chosen) return setFile(null)
    if (chosen.size > MAX_BYTES) {
      setFile(null)
      return setProblem(translate('rcm.import.too_large'))
    }
    try {
      setFile({ name: chosen.name, content: await readText(chosen) })
      setFormat(formatOf(chosen.name))
    } catch {
      setFile(null)
      setProblem(translate('rcm.import.unreadable'))
    }
  }

  const run = (dryRun: boolean) => {
    setProblem(null)
    mutate(dryRun)
  }
  const canConfirm =
    report?.isDryRun === true && report.events.some((event) => event.action === 'created' || event.action === 'updated')

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('rcm.import.title')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 900 }}>
          <Typography>{translate('rcm.import.intro')}</Typography>
          <Box>
            <Button component="label" variant="outlined" startIcon={<UploadFileIcon />}>
              {translate('rcm.import.choose_file')}
              <input
                type="file"
                hidden
                accept=".json,.csv,application/json,text/csv"
                aria-label={translate('rcm.import.file')}
                onChange={(event) => void choose(event)}
              />
            </Button>
            <Typography component="span" sx={{ ml: 2 }}>
              {file?.name ?? translate('rcm.import.no_file')}
            </Typography>
          </Box>
          <FormControl>
            <FormLabel id="import-format">{translate('rcm.import.format')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="import-format"
              value={format}
              onChange={(_event, value) => (reset(), setFormat(value === 'json' ? 'json' : 'csv'))}
            >
              {IMPORT_FILE_FORMATS.map((value) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={value.toUpperCase()} />
              ))}
            </RadioGroup>
          </FormControl>
          <FormControl>
            <FormLabel id="import-status">{translate('rcm.import.status')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="import-status"
              value={status}
              onChange={(_event, value) => (reset(), setStatus(value === 'published' ? 'published' : 'draft'))}
            >
              <FormControlLabel value="draft" control={<Radio />} label={translate('rcm.import.status_draft')} />
              {mayPublish ? (
                <FormControlLabel
                  value="published"
                  control={<Radio />}
                  label={translate('rcm.import.status_published')}
                />
              ) : null}
            </RadioGroup>
          </FormControl>
          <Stack direction="row" spacing={2}>
            <Button variant="outlined" disabled={!file || isPending} onClick={() => run(true)}>
              {translate('rcm.import.check')}
            </Button>
            <Button variant="contained" disabled={!canConfirm || isPending} onClick={() => run(false)}>
              {translate('rcm.import.confirm')}
            </Button>
          </Stack>
          {isPending ? (
            <Box role="status">
              <Typography variant="body2">
                {progress?.total
                  ? translate('rcm.import.progress', { done: progress.done, total: progress.total })
                  : translate('rcm.import.reading')}
              </Typography>
              <LinearProgress
                aria-label={translate('rcm.import.reading')}
                variant={progress?.total ? 'determinate' : 'indeterminate'}
                value={progress?.total ? (100 * progress.done) / progress.total : undefined}
              />
            </Box>
          ) : null}
          {problem ? <Alert severity="error">{problem}</Alert> : null}
          {report ? <ImportReportTable report={report} /> : null}
        </Stack>
      </CardContent>
    </Card>
  )
}

export default ImportPage
