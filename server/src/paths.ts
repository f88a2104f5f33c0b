import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository's root. This file is two folders below it both as source
 * (server/src/paths.ts, run by tsx) and bundled into server/dist/main.js (npm
 * start), so files found from here are found either way; a file's own
 * import.meta.url would point into server/dist once bundled.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A path under the repository's root. */
export const fromRoot = (...parts: string[]) => join(ROOT, ...parts)
