import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, type EventDocument } from '@rcm/shared'
import ArrowDownward from '@mui/icons-material/ArrowDownward'
import ArrowUpward from '@mui/icons-material/ArrowUpward'
import Delete from '@mui/icons-material/Delete'
import SwapHoriz from '@mui/icons-material/SwapHoriz'
import UploadFile from '@mui/icons-material/UploadFile'
import { Alert, Box, Button, IconButton, LinearProgress, Link, Paper, Stack, Tooltip, Typography } from '@mui/material'
import { type DragEvent, useRef, useState } from 'react'
import { SelectInput, TextInput, useLocaleState, useTranslate } from 'react-admin'
import { useFieldArray } from 'react-hook-form'
import { keepText } from '../common/keepText'
import { titleFromName, uploadFile } from './uploadFile'

/** What the file pickers offer; the server decides by content anyway. */
export const DOCUMENT_ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp'

interface Upload {
  key: number
  name: string
  progress: number
  error?: string
}

let uploadKey = 0

/**
 * Uploads files one after another's start (several at once), each with its
 * own progress bar, and hands each stored file to `onStored`. Failures stay
 * listed with the server's reason until the next upload.
 */
export function useUploads() {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const [uploads, setUploads] = useState<Upload[]>([])
  const change = (key: number, patch: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)))
  const start = (files: File[], onStored: (file: Awaited<ReturnType<typeof uploadFile>>, source: File) => void) => {
    setUploads((current) => current.filter((upload) => upload.error === undefined))
    for (const file of files) {
      const key = ++uploadKey
      setUploads((current) => [...current, { key, name: file.name, progress: 0 }])
      uploadFile(file, {
        locale,
        networkError: translate('rcm.files.network_error'),
        onProgress: (progress) => change(key, { progress }),
      }).then(
        (stored) => {
          setUploads((current) => current.filter((upload) => upload.key !== key))
          onStored(stored, file)
        },
        (error: unknown) => change(key, { error: error instanceof Error ? error.message : String(error) }),
      )
    }
  }
  return { uploads, start }
}

export const UploadList = ({ uploads }: { uploads: Upload[] }) => {
  const translate = useTranslate()
  return (
    <Stack spacing={1} sx={{ my: 1 }} aria-live="polite">
      {uploads.map((upload) =>
        upload.error === undefined ? (
          <Box key={upload.key}>
            <Typography variant="body2">{translate('rcm.files.uploading', { name: upload.name })}</Typography>
            <LinearProgress
              variant="determinate"
              value={Math.round(upload.progress * 100)}
              aria-label={translate('rcm.files.uploading', { name: upload.name })}
            />
          </Box>
        ) : (
          <Alert key={upload.key} severity="error">
            {translate('rcm.files.upload_failed', { name: upload.name, message: upload.error })}
          </Alert>
        ),
      )}
    </Stack>
  )
}

/**
 * The event's documents in display order: drop files on the zone or choose
 * them (several at once), then give each a title in both languages (filled
 * from the file's name), a kind and a language. Each row moves up or down
 * with buttons (keyboard and screen readers, not only a pointer), has its
 * file replaced, or is removed. Saved with the event.
 */
export const DocumentsInput = () => {
  const translate = useTranslate()
  const { fields, append, remove, swap, update } = useFieldArray<{ documents: EventDocument[] }, 'documents', 'key'>({
    name: 'documents',
    keyName: 'key',
  })
  const { uploads, start } = useUploads()
  const picker = useRef<HTMLInputElement>(null)
  const replacer = useRef<HTMLInputElement>(null)
  const [replacing, setReplacing] = useState<number | null>(null)
  const [isOver, setIsOver] = useState(false)

  const add = (files: File[]) =>
    start(files, (stored) => {
      const title = titleFromName(stored.name)
      append({ fileId: stored.id, title: { en: title, es: title }, kind: 'other', language: 'both' })
    })
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setIsOver(false)
    add([...event.dataTransfer.files])
  }
  const number = (index: number) => ({ number: index + 1 })

  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('rcm.files.documents_help')}
      </Typography>
      <Paper
        variant="outlined"
        onDragOver={(event) => {
          event.preventDefault()
          setIsOver(true)
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
        sx={{ p: 2, my: 1, borderStyle: 'dashed', bgcolor: isOver ? 'action.hover' : undefined, textAlign: 'center' }}
      >
        <Typography component="span" sx={{ mr: 1 }}>
          {translate('rcm.files.drop_here')}
        </Typography>
        <Button variant="outlined" startIcon={<UploadFile />} onClick={() => picker.current?.click()}>
          {translate('rcm.files.choose_files')}
        </Button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept={DOCUMENT_ACCEPT}
          data-testid="documents-picker"
          onChange={(event) => {
            add([...(event.target.files ?? [])])
            event.target.value = ''
          }}
        />
        <input
          ref={replacer}
          type="file"
          hidden
          accept={DOCUMENT_ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0]
            const index = replacing
            event.target.value = ''
            if (file === undefined || index === null) return
            start([file], (stored) => {
              const current = fields[index]
              if (current) update(index, { ...current, fileId: stored.id })
            })
          }}
        />
      </Paper>
      <UploadList uploads={uploads} />
      <Stack component="ol" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {fields.map((field, index) => (
          <Paper component="li" key={field.key} variant="outlined" sx={{ p: 2 }}>
            <Stack direction="row" alignItems="center" justifyContent="space-between" flexWrap="wrap">
              <Typography variant="subtitle2" component="h3">
                {translate('rcm.files.document_number', number(index))}{' '}
                <Link href={`/api/files/${field.fileId}`} target="_blank" rel="noopener">
                  {translate('rcm.files.file_link')}
                </Link>
              </Typography>
              <Stack direction="row">
                <Tooltip title={translate('rcm.files.move_up', number(index))}>
                  <span>
                    <IconButton
                      aria-label={translate('rcm.files.move_up', number(index))}
                      disabled={index === 0}
                      onClick={() => swap(index, index - 1)}
                    >
                      <ArrowUpward />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate('rcm.files.move_down', number(index))}>
                  <span>
                    <IconButton
                      aria-label={translate('rcm.files.move_down', number(index))}
                      disabled={index === fields.length - 1}
                      onClick={() => swap(index, index + 1)}
                    >
                      <ArrowDownward />
                    </IconButton>
                  </span>
                </Tooltip>
                <Tooltip title={translate('rcm.files.replace', number(index))}>
                  <IconButton
                    aria-label={translate('rcm.files.replace', number(index))}
                    onClick={() => {
                      setReplacing(index)
                      replacer.current?.click()
                    }}
                  >
                    <SwapHoriz />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('rcm.files.remove', number(index))}>
                  <IconButton aria-label={translate('rcm.files.remove', number(index))} onClick={() => remove(index)}>
                    <Delete />
                  </IconButton>
                </Tooltip>
              </Stack>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
              <TextInput
                source={`documents.${index}.title.en`}
                label={translate('rcm.files.title_en')}
                parse={keepText}
                helperText={false}
              />
              <TextInput
                source={`documents.${index}.title.es`}
                label={translate('rcm.files.title_es')}
                parse={keepText}
                helperText={false}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
              <SelectInput
                source={`documents.${index}.kind`}
                label={translate('rcm.files.kind')}
                choices={DOCUMENT_KINDS.map((kind) => ({ id: kind, name: translate(`rcm.files.kinds.${kind}`) }))}
                helperText={false}
              />
              <SelectInput
                source={`documents.${index}.language`}
                label={translate('rcm.files.language')}
                choices={DOCUMENT_LANGUAGES.map((language) => ({
                  id: language,
                  name: translate(`rcm.files.languages.${language}`),
                }))}
                helperText={false}
              />
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Box>
  )
}
