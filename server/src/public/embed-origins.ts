/**
 * EMBED_ORIGINS (comma-separated) as the origins that may frame the embed
 * view, each normalised (`HTTPS://Example.org:443/` → `https://example.org`).
 * Unset or empty: none. Throws with one line naming the first entry that is
 * not an `http` or `https` origin (a path, a wildcard, credentials), so the
 * server refuses to start rather than frame-protect less than the operator meant.
 */
export function parseEmbedOrigins(raw: string | undefined): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  return [...new Set(entries.map(toOrigin))]
}

function toOrigin(entry: string): string {
  const problem = `EMBED_ORIGINS: "${entry}" is not an origin; write scheme://host[:port], e.g. https://www.example.org, separated by commas`
  let url: URL
  try {
    url = new URL(entry)
  } catch {
    throw new Error(problem)
  }
  const bare = url.pathname === '/' && url.search === '' && url.hash === ''
  if (!['http:', 'https:'].includes(url.protocol) || url.username !== '' || url.password !== '' || !bare)
    throw new Error(problem)
  if (url.hostname.includes('*')) throw new Error(problem)
  return url.origin
}
