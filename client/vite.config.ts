import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const apiPort = process.env.PORT ?? '3000'

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/

/**
 * Writes `file.br` and `file.gz` beside each text file of the build, at
 * the strongest settings (they are made once, and served many times), for
 * the server to send as the browser accepts (server/src/http/static-client.ts).
 * A copy that would not be smaller is not written.
 */
function precompress(outDir: string): Plugin {
  const brotli = promisify(brotliCompress)
  const deflate = promisify(gzip)
  return {
    name: 'rcm-precompress',
    apply: 'build',
    async closeBundle() {
      const entries = await readdir(outDir, { withFileTypes: true, recursive: true })
      const files = entries.filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
      await Promise.all(
        files.map(async (entry) => {
          const path = join(entry.parentPath, entry.name)
          const bytes = await readFile(path)
          const copies = [
            [
              '.br',
              await brotli(bytes, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
              }),
            ],
            ['.gz', await deflate(bytes, { level: 9 })],
          ] as const
          for (const [suffix, copy] of copies) if (copy.length < bytes.length) await writeFile(path + suffix, copy)
        }),
      )
    },
  }
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress(join(import.meta.dirname, 'dist'))],
  server: {
    port: 5173,
    // `npm run dev`: the API runs beside Vite; same-origin calls go through this proxy.
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } } },
  },
})
