import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { fromRoot } from '../../server/src/paths'

// Every folder whose code runs on a server, in a browser or in a script of the project.
const ROOTS = ['server/src', 'shared/src', 'client/src', 'scripts', 'bench']
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/

interface Found {
  where: string
  source: string
  flags: string
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The regular expressions of one file: its literals, and `RegExp(...)` built from string literals (a dynamic one is reported as such). */
function regularExpressions(path: string): { found: Found[]; dynamic: string[] } {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const dynamic: string[] = []
  const where = (node: ts.Node) =>
    `${relative(fromRoot('.'), path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text
      const end = text.lastIndexOf('/')
      found.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [source, flags] = node.arguments ?? []
      const literal = (arg: ts.Expression | undefined) =>
        arg !== undefined && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined
      const text = literal(source)
      if (text === undefined || (flags !== undefined && literal(flags) === undefined)) dynamic.push(where(node))
      else found.push({ where: where(node), source: text, flags: literal(flags) ?? '' })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { found, dynamic }
}

const files = ROOTS.flatMap((root) => sourceFiles(fromRoot(root)))
const scanned = files.map(regularExpressions)
const found = scanned.flatMap((file) => file.found)

test('finds the regular expressions of the code, the phone pattern among them', () => {
  expect(files.length).toBeGreaterThan(100)
  expect(found.length).toBeGreaterThan(50)
  expect(found.map((regex) => regex.where)).toContainEqual(expect.stringMatching(/^shared\/src\/primitives\.ts:/))
})

test('builds no regular expression from a value known only at run time, which no checker could see', () => {
  expect(scanned.flatMap((file) => file.dynamic)).toEqual([])
})

test(
  'every regular expression in the code is safe from catastrophic backtracking (recheck)',
  { timeout: 120_000 },
  async () => {
    const verdicts = []
    for (const regex of found) {
      const diagnostics = await check(regex.source, regex.flags, { timeout: 10_000 })
      verdicts.push({ ...regex, status: diagnostics.status })
    }

    expect(verdicts.filter((verdict) => verdict.status !== 'safe')).toEqual([])
  },
)
