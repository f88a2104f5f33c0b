import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileSizeText } from '@rcm/shared'
import busboy from 'busboy'
import type { Request } from 'express'
import { HttpError, unsupportedMediaType } from '../http/errors'
import { say } from '../i18n/messages'
import type { FileStore } from './file-store'

/** An upload written to a temporary file, with what was learnt while it streamed in. */
export interface ReceivedUpload {
  tempPath: string
  /** The name the client gave, reduced to a plain file name. */
  name: string
  bytes: number
  sha256: string
}

/** Room for the multipart headers and boundaries around the file itself. */
const ENVELOPE_BYTES = 64 * 1024

// MAX_UPLOAD_MB as people read it ("25 MB"); the same digits in both languages' message.
export const tooLargeError = (maxBytes: number) => new HttpError(413, say('fileTooLarge', fileSizeText(maxBytes, 'en')))

/**
 * A name that is safe to keep and show: its last path segment, no control
 * characters, at most 200 characters. Browsers send `"`, CR and LF in a
 * multipart filename as %22, %0D and %0A (the HTML standard's form encoding).
 */
export function cleanFileName(raw: string | undefined): string {
  const decoded = (raw ?? '').replace(/%22/g, '"').replace(/%0[DA]/gi, '')
  const name = basename(decoded.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
  return name === '' || name === '.' || name === '..' ? 'file' : name.slice(-200)
}

/**
 * Streams the one file of a multipart/form-data request (field `file`) to a
 * temporary file under UPLOADS_PATH, hashing it on the way: nothing holds
 * the whole file in memory, and the event loop only moves chunks. Past
 * `maxBytes` it stops reading and throws a 413 (the connection then closes,
 * json-body.ts), as it does at once for a Content-Length that is already
 * too large. A request that is not multipart, or has no `file`, is a 415/400.
 */
export async function receiveUpload(req: Request, store: FileStore, maxBytes: number): Promise<ReceivedUpload> {
  if (!req.is('multipart/form-data')) throw unsupportedMediaType(say('uploadNeedsFile'))
  if (Number(req.headers['content-length']) > maxBytes + ENVELOPE_BYTES) throw tooLargeError(maxBytes)
  const tempPath = await store.tempPath()
  try {
    return await new Promise<ReceivedUpload>((resolve, reject) => {
      let parser: busboy.Busboy
      try {
        parser = busboy({
          headers: req.headers,
          // Browsers send the file's name as UTF-8, without saying so.
          defParamCharset: 'utf8',
          limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 },
        })
      } catch {
        reject(unsupportedMediaType(say('uploadNeedsFile')))
        return
      }
      let writing: Promise<ReceivedUpload> | undefined
      const fail = (error: unknown) => {
        req.unpipe(parser)
        reject(error)
      }
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || writing !== undefined) {
          stream.resume()
          return
        }
        const hash = createHash('sha256')
        let bytes = 0
        let isTooLarge = false
        stream.on('limit', () => {
          isTooLarge = true
          fail(tooLargeError(maxBytes))
        })
        const count = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            bytes += chunk.length
            hash.update(chunk)
            done(null, chunk)
          },
        })
        writing = pipeline(stream, count, createWriteStream(tempPath)).then(() => {
          if (isTooLarge) throw tooLargeError(maxBytes)
          return { tempPath, name: cleanFileName(info.filename), bytes, sha256: hash.digest('hex') }
        })
        writing.catch(fail)
      })
      parser.on('error', () => fail(new HttpError(400, say('uploadNeedsFile'))))
      parser.on('close', () => {
        if (writing === undefined) fail(new HttpError(400, say('uploadNeedsFile')))
        else writing.then(resolve, fail)
      })
      req.on('aborted', () => fail(new HttpError(400, say('requestAborted'))))
      req.pipe(parser)
    })
  } catch (error) {
    await rm(tempPath, { force: true })
    throw error
  }
}
