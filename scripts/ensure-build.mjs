// `npm start` on a clone whose install skipped the build (e.g. --ignore-scripts)
// still serves the app: build the client once when no build is there.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const index = new URL('../client/dist/index.html', import.meta.url)
if (!existsSync(index)) {
  console.log('No client build found: building it once (npm run build)…')
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' })
}
