import { execSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ChunkSize {
  file: string
  bytes: number
  gzip: number
}

export interface ClientSize {
  initial: ChunkSize[]
  lazy: ChunkSize[]
  initialBytes: number
  initialGzip: number
}

function sizeOf(dist: string, file: string): ChunkSize {
  const content = readFileSync(join(dist, file))
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

/**
 * The production build's JavaScript: what index.html loads at once (its
 * module script and modulepreload links) and the chunks loaded on demand.
 * Builds the client first when there is no build.
 */
export function measureClient(root: string, log: (line: string) => void): ClientSize {
  const dist = join(root, 'client/dist')
  if (!existsSync(join(dist, 'index.html'))) {
    log('No client build: running npm run build …')
    execSync('npm run build', { cwd: root, stdio: 'ignore' })
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initialFiles = new Set<string>()
  // One tag at a time, then its attributes: `<script[^>]*type=…[^>]*src=…` is quadratic on a long tag.
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^<>]*>/g)) {
    const isInitial = tag.includes(' type="module"') || tag.includes(' rel="modulepreload"')
    const file = / (?:src|href)="\/?([^"]+)"/.exec(tag)?.[1]
    if (isInitial && file !== undefined) initialFiles.add(file)
  }
  const all = readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`)
  const initial = [...initialFiles].map((file) => sizeOf(dist, file))
  const lazy = all.filter((file) => !initialFiles.has(file)).map((file) => sizeOf(dist, file))
  return {
    initial,
    lazy,
    initialBytes: initial.reduce((sum, chunk) => sum + chunk.bytes, 0),
    initialGzip: initial.reduce((sum, chunk) => sum + chunk.gzip, 0),
  }
}
