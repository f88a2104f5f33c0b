import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import type { Request, RequestHandler, Response } from 'express'
import { notFound } from './errors'

/** The encodings the build writes beside a file (`app.js.br`, `app.js.gz`), in the order preferred when a client takes both. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const
type Encoding = (typeof ENCODINGS)[number]['name'] | 'identity'

/** Vite names what it puts under assets/ by a hash of the content: a name never changes meaning, so a cache keeps it. */
const HASHED_DIR = '/assets/'
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html names the current hashed files: kept, but asked about again (ETag) before each use. */
const REVALIDATE = 'no-cache'

interface Body {
  bytes: Buffer
  etag: string
}

interface ClientFile {
  cacheControl: string
  lastModified: string
  /** The file as built, and each compressed copy the build wrote beside it. */
  bodies: Partial<Record<Encoding, Body>>
}

const etagOf = (bytes: Buffer, encoding: Encoding) => {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 27)
  return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`
}

/**
 * Reads the built client once, at start: each file's bytes and those of its
 * compressed copies, by URL path. The build does not change under a running
 * server; reading it again means restarting, as for the server's own code.
 * It is a few megabytes, and answers never touch the disk.
 */
function readClient(dist: string): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>()
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || ENCODINGS.some(({ suffix }) => entry.name.endsWith(suffix))) continue
    const path = join(entry.parentPath, entry.name)
    const urlPath = `/${relative(dist, path).split(sep).join('/')}`
    const identity = readFileSync(path)
    const bodies: ClientFile['bodies'] = { identity: { bytes: identity, etag: etagOf(identity, 'identity') } }
    for (const { name, suffix } of ENCODINGS) {
      if (!existsSync(path + suffix)) continue
      const bytes = readFileSync(path + suffix)
      bodies[name] = { bytes, etag: etagOf(bytes, name) }
    }
    files.set(urlPath, {
      cacheControl: urlPath.startsWith(HASHED_DIR) ? IMMUTABLE : REVALIDATE,
      lastModified: statSync(path).mtime.toUTCString(),
      bodies,
    })
  }
  return files
}

/**
 * The encoding to send: the compressed copy the client weighs highest
 * (Brotli on a tie: it is the smaller), else the file as built. RFC 9110
 * §12.5.3: a coding the header does not name takes `*`'s weight, or none;
 * `identity` is acceptable unless refused by name or by `*;q=0`, and a
 * client that refuses it too still gets it (a 406 would only leave the
 * page blank).
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding {
  if (acceptEncoding === undefined) return 'identity'
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase())
    if (coding === '') continue
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(coding, Number.isNaN(weight) ? 0 : weight)
  }
  let best: Encoding = 'identity'
  let bestWeight = 0
  for (const { name } of ENCODINGS) {
    if (!available.includes(name)) continue
    const weight = weights.get(name) ?? weights.get('*') ?? 0
    if (weight > bestWeight) {
      best = name
      bestWeight = weight
    }
  }
  return best
}

/** RFC 9110 §13.2.2: If-None-Match (weak comparison) when present, else If-Modified-Since. */
function notModified(req: Request, etag: string, lastModified: string): boolean {
  const ifNoneMatch = req.get('If-None-Match')
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
  }
  const since = Date.parse(req.get('If-Modified-Since') ?? '')
  return !Number.isNaN(since) && Date.parse(lastModified) <= since
}

function send(req: Request, res: Response, file: ClientFile, type: string): void {
  const available = Object.keys(file.bodies) as Encoding[]
  const encoding = chooseEncoding(req.get('Accept-Encoding'), available)
  const body = file.bodies[encoding] ?? file.bodies.identity
  if (body === undefined) throw notFound()
  res.set({ 'Cache-Control': file.cacheControl, ETag: body.etag, 'Last-Modified': file.lastModified })
  // Caches between here and the browser must keep the copies apart.
  if (available.length > 1) res.vary('Accept-Encoding')
  if (notModified(req, body.etag, file.lastModified)) {
    res.status(304).end()
    return
  }
  res.type(type)
  if (encoding !== 'identity') res.set('Content-Encoding', encoding)
  res.set('Content-Length', String(body.bytes.length))
  if (req.method === 'HEAD') res.end()
  else res.end(body.bytes)
}

/**
 * The built client (`client/dist`): its files, compressed as the request
 * accepts, with immutable caching for the hashed assets and revalidation
 * for the rest; any other path outside /assets/ is a client-side route
 * (/events/3/show) and gets index.html. A missing asset is a 404: an HTML
 * page in place of a script would only fail later, less clearly.
 */
export function staticClient(dist: string): RequestHandler {
  const files = readClient(dist)
  const index = files.get('/index.html')
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next()
      return
    }
    const file = files.get(req.path)
    if (file !== undefined) {
      send(req, res, file, extname(req.path))
    } else if (req.path.startsWith(HASHED_DIR) || index === undefined) {
      next(notFound())
    } else {
      send(req, res, index, '.html')
    }
  }
}
