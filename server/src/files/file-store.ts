import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { RENDITION_WIDTHS } from '@rcm/shared'
import sharp from 'sharp'

/** sharp's libvips threads: one, so resizing never takes both of a small server's cores from the requests. */
sharp.concurrency(1)

export type RenditionWidth = (typeof RENDITION_WIDTHS)[number]

const SHA256 = /^[0-9a-f]{64}$/

/**
 * The files' content on disk, by SHA-256: `<uploads>/ab/abcd…` for the file
 * as stored, `<uploads>/ab/abcd…-w320.webp` for its smaller copies, and
 * `<uploads>/tmp/` for uploads on their way in (on the same file system, so
 * putting one in place is a rename).
 */
export function fileStore(uploadsPath: string) {
  const tmpDir = join(uploadsPath, 'tmp')
  const blobPath = (sha256: string) => join(uploadsPath, sha256.slice(0, 2), sha256)
  const renditionPath = (sha256: string, width: RenditionWidth) =>
    join(uploadsPath, sha256.slice(0, 2), `${sha256}-w${width}.webp`)

  return {
    uploadsPath,
    blobPath,
    renditionPath,

    /** A new path under tmp/ for an upload on its way in. */
    async tempPath(): Promise<string> {
      await mkdir(tmpDir, { recursive: true })
      return join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}`)
    },

    /**
     * Puts the file at `tempPath`, whose content has this SHA-256, in place, or
     * drops it when that content is already stored; then touches the stored
     * file, so a cleanup running meanwhile sees it as new (files-cleanup.ts).
     */
    async putInPlace(tempPath: string, sha256: string): Promise<void> {
      const target = blobPath(sha256)
      await mkdir(join(uploadsPath, sha256.slice(0, 2)), { recursive: true })
      if (existsSync(target)) await rm(tempPath, { force: true })
      else await rename(tempPath, target)
      const now = new Date()
      await utimes(target, now, now)
    },

    /** The smaller WebP copies of a stored image, made where missing (EXIF and other metadata are never copied). */
    async makeRenditions(sha256: string): Promise<void> {
      for (const width of RENDITION_WIDTHS) {
        const target = renditionPath(sha256, width)
        if (existsSync(target)) continue
        const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`
        await sharp(blobPath(sha256))
          .rotate()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80 })
          .toFile(temp)
        await rename(temp, target)
      }
    },

    /** Every stored content's SHA-256 with when its file last changed. */
    async listBlobs(): Promise<Array<{ sha256: string; mtimeMs: number }>> {
      const found: Array<{ sha256: string; mtimeMs: number }> = []
      if (!existsSync(uploadsPath)) return found
      for (const folder of await readdir(uploadsPath)) {
        if (!/^[0-9a-f]{2}$/.test(folder)) continue
        for (const name of await readdir(join(uploadsPath, folder))) {
          if (!SHA256.test(name)) continue
          found.push({ sha256: name, mtimeMs: (await stat(join(uploadsPath, folder, name))).mtimeMs })
        }
      }
      return found
    },

    /** Removes a stored content and its smaller copies. */
    async removeBlob(sha256: string): Promise<void> {
      await rm(blobPath(sha256), { force: true })
      for (const width of RENDITION_WIDTHS) await rm(renditionPath(sha256, width), { force: true })
    },

    /** Removes uploads that never finished (a crash, a dropped connection) and are older than `beforeMs`. */
    async removeStaleTemps(beforeMs: number): Promise<number> {
      if (!existsSync(tmpDir)) return 0
      let removed = 0
      for (const name of await readdir(tmpDir)) {
        const path = join(tmpDir, name)
        if ((await stat(path)).mtimeMs < beforeMs) {
          await rm(path, { force: true })
          removed++
        }
      }
      return removed
    },
  }
}

export type FileStore = ReturnType<typeof fileStore>

/** The SHA-256 of a file on disk, read as a stream (a 25 MB file is never in memory whole). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}
