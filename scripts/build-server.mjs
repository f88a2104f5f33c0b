// `npm start` runs the server as one bundled ES module (server/dist/main.js)
// instead of through tsx: loading ~80 TypeScript files through tsx's loader
// and then express's, zod's and sanitize-html's few hundred CommonJS files
// would be most of a cold start. Everything is bundled but better-sqlite3 and sharp (native).
import { build } from 'esbuild'

await build({
  // The import worker is a file of its own: a worker thread starts from a file (server/src/import/import-jobs.ts).
  entryPoints: {
    main: new URL('../server/src/main.ts', import.meta.url).pathname,
    'import-worker': new URL('../server/src/import/import-worker.ts', import.meta.url).pathname,
  },
  outdir: new URL('../server/dist', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'sharp'],
  // The bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
})
