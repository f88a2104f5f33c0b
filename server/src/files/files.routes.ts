import { FileSchema, RESOURCE_ACCESS } from '@rcm/shared'
import { actorOf } from '../http/access'
import { notFound } from '../http/errors'
import { parseId } from '../http/list-params'
import { routeTable } from '../http/route-table'
import { FileQuerySchema, sendStoredFile } from './file-response'
import { filesRepository } from './files.repository'
import { storeUpload } from './files.service'
import { receiveUpload } from './upload-receiver'

const FILES = RESOURCE_ACCESS.files

const DOWNLOAD =
  'Streamed with `Content-Length`, `ETag` (the SHA-256) and `Range`; `Content-Disposition` is `inline` for PNG, JPEG, WebP and PDF, ' +
  '`attachment` for the rest, with `X-Content-Type-Options: nosniff`. `?size=320` or `?size=1200`: a smaller WebP copy of an image.'

/** `/api/files`: uploads and staff downloads of event documents and images (docs/contract.md, "Files"). */
export const filesRoutes = [
  ...routeTable('/api/files', 'Files', [
    {
      method: 'POST',
      path: '/',
      access: FILES.write,
      readsBody: true,
      summary: 'Upload a document or image',
      description:
        'A multipart/form-data body with the file in the field `file`. What is allowed is decided by the content: ' +
        'PDF, Word, Excel, PowerPoint (.docx/.xlsx/.pptx, and .doc/.xls/.ppt by name when the content is that format), ' +
        'OpenDocument, PNG, JPEG and WebP; anything else is a 415. Larger than MAX_UPLOAD_MB (25 by default): 413. ' +
        'Images are kept without EXIF/XMP/IPTC metadata. The same content uploaded twice is stored once. ' +
        'The file is attached by saving an event with it in `documents` or `imageFileId`.',
      ok: { status: 201, description: 'The stored file', json: FileSchema },
      errors: {
        413: 'The file is larger than MAX_UPLOAD_MB',
        415: 'Not multipart, or a kind of file that is not allowed',
      },
      handler: async (req, res, { db, files }) => {
        const received = await receiveUpload(req, files.store, files.maxUploadBytes)
        const logger = res.locals.logger?.child({ reqId: res.locals.requestId })
        const file = await storeUpload(db, actorOf(res), files.store, received, logger)
        res.status(201).location(`/api/files/${file.id}`).json(file)
      },
    },
    {
      method: 'GET',
      path: '/:id',
      access: FILES.read,
      summary: 'Download a file',
      description: `Any stored file, for staff. ${DOWNLOAD}`,
      query: FileQuerySchema,
      ok: { description: 'The file', media: { 'application/octet-stream': { type: 'string' } } },
      handler: async (req, res, { db, files }) => {
        const file = filesRepository.findById(db, parseId(req.params.id, 'File'))
        if (!file) throw notFound('File')
        await sendStoredFile(req, res, files.store, file, { isPublic: false })
      },
    },
  ]),
  ...routeTable('/api/public/files', 'Public feeds', [
    {
      method: 'GET',
      path: '/:id/:name',
      access: 'public',
      summary: 'Download a published document or image',
      description:
        `A file that the public copy of a published event lists (the feeds' \`documents[].url\` and \`image.url\`); any other is a 404. ` +
        `The name is the file's, for the browser's sake. Shared caches may keep it 5 minutes. ${DOWNLOAD}`,
      query: FileQuerySchema,
      ok: { description: 'The file', media: { 'application/octet-stream': { type: 'string' } } },
      handler: async (req, res, { db, files }) => {
        const file = filesRepository.findPublic(db, parseId(req.params.id, 'File'))
        if (!file) throw notFound('File')
        await sendStoredFile(req, res, files.store, file, { isPublic: true })
      },
    },
  ]),
]
