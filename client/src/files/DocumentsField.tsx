import { fileSizeText, mediaTypeName, type Event, type EventDocument } from '@rcm/shared'
import { Box, Link, Stack, Typography } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { titleFromName } from './uploadFile'

const DocumentItem = ({ document }: { document: EventDocument }) => {
  const translate = useTranslate()
  const language = useLanguage()
  const localized = useLocalized()
  const { file } = document
  const kind = translate(`rcm.files.kinds.${document.kind}`)
  const details = [
    kind,
    file && mediaTypeName(file.mediaType),
    file && fileSizeText(file.bytes, language),
    translate(`rcm.files.written_in.${document.language}`),
  ].filter(Boolean)
  return (
    <Typography component="li" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      <Link href={`/api/files/${document.fileId}`} target="_blank" rel="noopener">
        {localized(document.title) || (file ? titleFromName(file.name) : '') || kind}
      </Link>{' '}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        ({details.join(', ')})
      </Box>
    </Typography>
  )
}

/**
 * The event's documents in their order: each title links to the file, followed
 * by its kind, format, size and language. A document left without a title is
 * named by its file's name, as the upload named it (without the extension).
 */
export const DocumentsField = () => {
  const record = useRecordContext<Pick<Event, 'documents'>>()
  if (!record || record.documents.length === 0) return null
  return (
    <Stack component="ul" spacing={0.5} sx={{ pl: 2.5, my: 1 }}>
      {record.documents.map((document) => (
        <DocumentItem key={document.id ?? document.fileId} document={document} />
      ))}
    </Stack>
  )
}

/** The cover image, at most the page's width (the 1200 px copy, or the 320 px one on a narrow screen). */
export const CoverImageField = () => {
  const record = useRecordContext<Pick<Event, 'imageFileId'>>()
  const translate = useTranslate()
  if (!record || record.imageFileId === null) return null
  const src = (size: number) => `/api/files/${record.imageFileId}?size=${size}`
  return (
    <Box
      component="img"
      src={src(1200)}
      srcSet={`${src(320)} 320w, ${src(1200)} 1200w`}
      sizes="(max-width: 600px) 100vw, 480px"
      alt={translate('rcm.files.cover')}
      sx={{ display: 'block', width: '100%', maxWidth: 480, height: 'auto', my: 2, borderRadius: 1 }}
    />
  )
}
