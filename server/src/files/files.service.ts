import { randomBytes } from 'node:crypto'
import { rm, stat } from 'node:fs/promises'
import { isImageMediaType, type StoredFile } from '@rcm/shared'
import sharp, { type Metadata } from 'sharp'
import type { Actor } from '../actor'
import type { Db } from '../db/connection'
import { notFound, unsupportedMediaType } from '../http/errors'
import { say } from '../i18n/messages'
import type { Logger } from '../logging/logger'
import { hashFile, type FileStore } from './file-store'
import { detectMediaType } from './file-types'
import { filesRepository } from './files.repository'
import type { ReceivedUpload } from './upload-receiver'

const SHARP_FORMATS = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' } as const

interface ImageFacts {
  path: string
  width: number
  height: number
}

/**
 * An image as it is kept: its pixels, upright, without EXIF (where GPS
 * positions are), XMP or IPTC. One that carries any of these, or a rotation,
 * is encoded again by sharp (off the event loop, in libvips' thread) into a
 * new temporary file; a clean one is kept byte for byte.
 */
async function cleanImage(path: string, mediaType: keyof typeof SHARP_FORMATS): Promise<ImageFacts> {
  let metadata: Metadata
  try {
    metadata = await sharp(path).metadata()
  } catch {
    throw unsupportedMediaType(say('imageUnreadable'))
  }
  const hasMetadata = metadata.exif !== undefined || metadata.xmp !== undefined || metadata.iptc !== undefined
  const isRotated = metadata.orientation !== undefined && metadata.orientation !== 1
  if (!hasMetadata && !isRotated) return { path, width: metadata.width, height: metadata.height }
  const cleaned = `${path}.clean-${randomBytes(4).toString('hex')}`
  const image = sharp(path).rotate()
  const format = SHARP_FORMATS[mediaType]
  const encoded =
    format === 'jpeg' ? image.jpeg({ quality: 92 }) : format === 'png' ? image.png() : image.webp({ quality: 90 })
  try {
    const info = await encoded.toFile(cleaned)
    await rm(path, { force: true })
    return { path: cleaned, width: info.width, height: info.height }
  } catch {
    await rm(cleaned, { force: true })
    throw unsupportedMediaType(say('imageUnreadable'))
  }
}

/**
 * Keeps an upload the receiver wrote to a temporary file: decides its type
 * by content (415 when not allowed), cleans an image of its metadata and
 * makes its smaller copies, puts the content in place by its SHA-256 (once,
 * however many times it is uploaded), and records the file.
 */
export async function storeUpload(
  db: Db,
  actor: Actor,
  store: FileStore,
  upload: ReceivedUpload,
  /** The request's logger: what a refused content was is told there, not to the user. */
  logger?: Logger,
): Promise<StoredFile> {
  let path = upload.tempPath
  try {
    const detection = await detectMediaType(path, upload.name)
    if (!detection.isAllowed) {
      logger?.info({ detected: detection.detected ?? null }, 'upload refused by content')
      throw unsupportedMediaType(detection.isLegacyOffice ? say('legacyOfficeName') : say('fileTypeRefused'))
    }
    const { mediaType } = detection
    let { sha256, bytes } = upload
    let size: { width: number; height: number } | null = null
    if (isImageMediaType(mediaType)) {
      const image = await cleanImage(path, mediaType as keyof typeof SHARP_FORMATS)
      size = { width: image.width, height: image.height }
      if (image.path !== path) {
        path = image.path
        sha256 = await hashFile(path)
        bytes = (await stat(path)).size
      }
    }
    await store.putInPlace(path, sha256)
    if (size !== null) await store.makeRenditions(sha256)
    const id = filesRepository.insert(
      db,
      { sha256, name: upload.name, mediaType, bytes, width: size?.width ?? null, height: size?.height ?? null },
      { createdBy: actor.id, now: new Date().toISOString() },
    )
    const file = filesRepository.findById(db, id)
    if (!file) throw notFound('File')
    return file
  } finally {
    await rm(path, { force: true })
  }
}
