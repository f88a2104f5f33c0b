import sharp from 'sharp'
import type { RawResponse, TestClient } from '../support/api'

/** The smallest file file-type knows as a PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** A PNG of `width` × `height` pixels, one colour. */
export const png = (width = 40, height = 30, colour = { r: 200, g: 30, b: 30 }) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer()

/** A JPEG carrying EXIF with a GPS position and a camera name. */
export const jpegWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SecretCamera', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '13/1 41/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '89/1 11/1 0/1' },
    })
    .toBuffer()

/** POST /api/files as the client does: multipart/form-data with the file in `file`. */
export function upload(client: TestClient, content: Buffer | string, name: string, type = 'application/octet-stream') {
  const form = new FormData()
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }), name)
  return client.request('/api/files', { method: 'POST', body: form })
}

/** The id of an uploaded file, failing the test when the upload did not succeed. */
export async function uploadedId(client: TestClient, content: Buffer | string, name: string): Promise<number> {
  const response: RawResponse = await upload(client, content, name)
  if (response.status !== 201)
    throw new Error(`Upload of ${name} answered ${response.status}: ${JSON.stringify(response.body)}`)
  return (response.body as { id: number }).id
}

/** A download's bytes and headers, without the JSON parsing of TestClient.request. */
export async function download(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init)
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}
