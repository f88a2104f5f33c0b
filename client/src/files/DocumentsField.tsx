import { MEDIA_TYPE_NAMES, type Event, type EventDocument } from '@rcm/shared'
import { Box, Link, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'
import type { CalendarDataProvider } from '../providers/dataProvider'
import { titleFromName } from './uploadFile'

/** "820 KB", "1.2 MB" / "1,2 MB", as the public page writes a document's size. */
export function sizeText(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte']
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value)
}

/** The file's format and size, from the headers of the staff download route; nothing while they load or fail. */
function useFileFacts(fileId: number) {
  const dataProvider = useDataProvider<CalendarDataProvider>()
  const { data } = useQuery({
    queryKey: ['files', 'getFileFacts', fileId],
    queryFn: async () => (await dataProvider.getFileFacts(fileId)).data,
    staleTime: Infinity, // a stored file never changes
  })
  return data
}

const DocumentItem = ({ document }: { document: EventDocument }) => {
  const translate = useTranslate()
  const language = useLanguage()
  const localized = useLocalized()
  const facts = useFileFacts(document.fileId)
  const kind = translate(`rcm.files.kinds.${document.kind}`)
  const mediaType = facts?.mediaType?.split(';')[0]?.trim()
  const details = [
    kind,
    mediaType && (MEDIA_TYPE_NAMES[mediaType as keyof typeof MEDIA_TYPE_NAMES] ?? mediaType),
    facts?.bytes != null && sizeText(facts.bytes, language),
    translate(`rcm.files.written_in.${document.language}`),
  ].filter(Boolean)
  return (
    <Typography component="li" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      <Link href={`/api/files/${document.fileId}`} target="_blank" rel="noopener">
        {localized(document.title) || (facts?.name ? titleFromName(facts.name) : '') || kind}
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
