import { expect, test } from 'vitest'
import { readImportArgs, UsageError } from '../../server/src/cli/import-args'

test('defaults to the legacy page in English, as drafts, for real', () => {
  expect(readImportArgs(['page.txt'])).toEqual({ file: 'page.txt', lang: 'en', status: 'draft', isDryRun: false })
})

test('reads every option', () => {
  expect(readImportArgs(['--format', 'legacy-page', 'page.txt', '--lang', 'es', '--status=published', '--dry-run'])).toEqual({
    file: 'page.txt',
    lang: 'es',
    status: 'published',
    isDryRun: true,
  })
})

test.each([
  [[], 'Name the file to import'],
  [['a.txt', 'b.txt'], 'Import one file at a time'],
  [['page.txt', '--verbose'], "Unknown option '--verbose'"],
  [['page.txt', '--dry-run=yes'], "Option '--dry-run' does not take an argument"],
  [['page.txt', '--lang'], "Option '--lang <value>' argument missing"],
  [['page.txt', '--format', 'json'], '--format json is not supported yet; only --format legacy-page is'],
  [['page.txt', '--format', 'csv'], '--format csv is not supported yet; only --format legacy-page is'],
  [['page.txt', '--format', 'xml'], '--format must be one of legacy-page, json, csv, not "xml"'],
  [['page.txt', '--lang', 'fr'], '--lang must be one of en, es, not "fr"'],
  [['page.txt', '--status', 'archived'], '--status must be one of draft, published, not "archived"'],
])('refuses %j as bad usage', (argv, message) => {
  expect(() => readImportArgs(argv)).toThrow(UsageError)
  expect(() => readImportArgs(argv)).toThrow(message)
})
