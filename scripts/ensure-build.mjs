// `npm start` on a clone whose install skipped the build (e.g. --ignore-scripts)
// still serves the app: build the client once when no build is there, and
// the server bundle when it is missing or older than any server or shared source.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'

const index = new URL('../client/dist/index.html', import.meta.url)
if (!existsSync(index)) {
  console.log('No client build found: building it once (npm run build)…')
  try {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
  } catch {
    // The build said why above; the start-up ends with one line, not a stack.
    console.error('Could not build the app: run `npm install` first (it installs the build tools), then `npm start`.')
    process.exit(1)
  }
}

/** The newest modification time of the files under `dir`. */
function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs)
  }
  return latest
}

const bundle = new URL('../server/dist/main.js', import.meta.url)
const sources = ['../server/src', '../shared/src'].map((dir) => newest(new URL(dir, import.meta.url)))
if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources)) {
  await import('./build-server.mjs')
}
