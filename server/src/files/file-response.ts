import { existsSync } from 'node:fs'
import { isImageMediaType, RENDITION_WIDTHS, type StoredFile } from '@rcm/shared'
import { create as contentDisposition } from 'content-disposition'
import type { Request, Response } from 'express'
import { z } from 'zod'
import { notFound } from '../http/errors'
import type { FileStore, RenditionWidth } from './file-store'

/** `?size=320`: one of the smaller WebP copies of an image instead of the image itself. */
export const FileQuerySchema = z.object({
  size: z
    .enum(RENDITION_WIDTHS.map(String) as [string, ...string[]])
    .transform((size) => Number(size) as RenditionWidth)
    .optional(),
})

/** Shown in the browser rather than saved: the image types the calendar keeps, and PDF. Never HTML, SVG or anything else. */
const isShownInline = (mediaType: string) => isImageMediaType(mediaType) || mediaType === 'application/pdf'

/** How long a shared cache may keep a public file: an unpublished one stops being served within this time. */
const PUBLIC_CACHING = 'public, max-age=300'

/**
 * Sends a stored file, or one of an image's smaller copies, through
 * Express's `res.sendFile` (the `send` module that `express.static` uses):
 * streamed from disk with Content-Length, `Range` (206, 416), and
 * If-None-Match against the ETag, the content's SHA-256. Its Content-Type is
 * the one detected at upload, `nosniff` keeps the browser to it, and only
 * images and PDFs are shown inline; a sandboxing CSP keeps whatever a
 * document holds from running as a page of this site.
 */
export async function sendStoredFile(
  req: Request,
  res: Response,
  store: FileStore,
  file: StoredFile,
  options: { isPublic: boolean },
): Promise<void> {
  const { size } = FileQuerySchema.parse(req.query)
  const rendition = size !== undefined && isImageMediaType(file.mediaType) ? size : undefined
  if (rendition !== undefined && !existsSync(store.renditionPath(file.sha256, rendition))) {
    await store.makeRenditions(file.sha256)
  }
  const path = rendition === undefined ? store.blobPath(file.sha256) : store.renditionPath(file.sha256, rendition)
  const mediaType = rendition === undefined ? file.mediaType : 'image/webp'
  const name = rendition === undefined ? file.name : `${file.name.replace(/\.[^.]*$/, '')}-${rendition}.webp`
  res.set({
    'Content-Type': mediaType,
    ETag: `"${file.sha256}${rendition === undefined ? '' : `-w${rendition}`}"`,
    'Content-Disposition': contentDisposition(name, { type: isShownInline(mediaType) ? 'inline' : 'attachment' }),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': options.isPublic ? PUBLIC_CACHING : 'private, no-cache',
    'Cross-Origin-Resource-Policy': options.isPublic ? 'cross-origin' : 'same-origin',
    ...(options.isPublic ? { 'Access-Control-Allow-Origin': '*' } : {}),
    // A PDF viewer runs as the document: a sandbox would block it in Chromium; PDFs carry no CSP of ours.
    ...(mediaType === 'application/pdf' ? {} : { 'Content-Security-Policy': "default-src 'none'; sandbox" }),
  })
  await new Promise<void>((resolve, reject) => {
    res.sendFile(path, { etag: false, lastModified: false, cacheControl: false, dotfiles: 'allow' }, (error) => {
      if (error === undefined || res.headersSent) resolve()
      // The content is missing on disk: to the client, the file does not exist.
      else reject('code' in error && error.code === 'ENOENT' ? notFound('File') : error)
    })
  })
}
