/**
 * Summarizes a V8 CPU profile (`npm run bench -- --cpu-prof` writes the
 * app's into bench-results/profiles/): the functions with the most self time,
 * and the inclusive time of the functions named on the command line.
 *
 *   npx tsx bench/profile-summary.ts bench-results/profiles/CPU.….cpuprofile [selectPage toEvents json …]
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
  children?: number[]
}

const [file, ...watched] = process.argv.slice(2)
if (file === undefined) {
  console.error('usage: profile-summary FILE.cpuprofile [functionName …]')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number }
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const totalHits = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
const idleHits = profile.nodes
  .filter((node) => node.callFrame.functionName === '(idle)')
  .reduce((sum, node) => sum + (node.hitCount ?? 0), 0)
const busyHits = totalHits - idleHits

const where = (node: ProfileNode) => {
  const url = node.callFrame.url.replace(/^file:\/\//, '')
  return url === '' ? '' : `${relative(process.cwd(), url)}:${node.callFrame.lineNumber + 1}`
}
const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${where(node)}`.trim()
const pct = (hits: number) => `${((100 * hits) / busyHits).toFixed(1)}%`

const self = new Map<string, number>()
for (const node of profile.nodes) self.set(label(node), (self.get(label(node)) ?? 0) + (node.hitCount ?? 0))
console.log(
  `${file}: ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s, busy ${((100 * busyHits) / totalHits).toFixed(0)}% of samples`,
)
console.log('\nSelf time (% of busy samples):')
for (const [name, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${pct(hits).padStart(6)}  ${name}`)

/** Inclusive hits of every node whose function is `name`, not counting a recursive call twice. */
function inclusive(name: string): number {
  const subtree = (node: ProfileNode): number =>
    (node.hitCount ?? 0) + (node.children ?? []).reduce((sum, id) => sum + subtree(nodes.get(id) as ProfileNode), 0)
  let hits = 0
  const walk = (node: ProfileNode, inside: boolean) => {
    const match = node.callFrame.functionName === name
    if (match && !inside) hits += subtree(node)
    for (const id of node.children ?? []) walk(nodes.get(id) as ProfileNode, inside || match)
  }
  const root = profile.nodes[0]
  if (root) walk(root, false)
  return hits
}
if (watched.length > 0) {
  console.log('\nInclusive time:')
  for (const name of watched) console.log(`  ${pct(inclusive(name)).padStart(6)}  ${name}`)
}
