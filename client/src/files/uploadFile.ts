import type { StoredFile } from '@rcm/shared'

/** Why an upload was refused, in the user's language (the server's 413/415 message), or that the connection failed. */
export class UploadError extends Error {}

/**
 * POST /api/files with the file in `file`, through XMLHttpRequest because
 * fetch() reports no upload progress. `onProgress` gets 0–1 as the bytes go
 * out. The session cookie goes with it (same origin); Accept-Language asks
 * for the server's messages in `locale`.
 */
export function uploadFile(
  file: File,
  options: { locale: string; onProgress?: (fraction: number) => void; networkError: string },
): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', '/api/files')
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('Accept-Language', options.locale)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total)
    }
    request.onload = () => {
      let body: unknown
      try {
        body = JSON.parse(request.responseText)
      } catch {
        body = undefined
      }
      if (request.status === 201) resolve(body as StoredFile)
      else {
        const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : ''
        reject(new UploadError(message || `${request.status}`))
      }
    }
    request.onerror = () => reject(new UploadError(options.networkError))
    const form = new FormData()
    form.append('file', file, file.name)
    request.send(form)
  })
}

/** A document's title from its file's name: without the extension, separators as spaces. */
export const titleFromName = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim()
