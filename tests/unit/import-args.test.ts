import { expect, test } from 'vitest'
import { readImportArgs, UsageError } from '../../server/src/cli/import-args'

test('defaults to the legacy page in English, as drafts, for real', () => {
  expect(readImportArgs(['page.txt'])).toEqual({
    file: 'page.txt',
    format: 'legacy-page',
    lang: 'en',
    status: 'draft',
    isDryRun: false,
  })
})

test('reads every option', () => {
  expect(
    readImportArgs(['--format', 'legacy-page', 'page.txt', '--lang', 'es', '--status=published', '--dry-run']),
  ).toEqual({
    file: 'page.txt',
    format: 'legacy-page',
    lang: 'es',
    status: 'published',
    isDryRun: true,
  })
})

test('reads a json or csv export, which needs no language', () => {
  expect(readImportArgs(['events.csv', '--format', 'csv', '--status', 'published'])).toEqual({
    file: 'events.csv',
    format: 'csv',
    lang: 'en',
    status: 'published',
    isDryRun: false,
  })
  expect(readImportArgs(['events.json', '--format=json', '--dry-run'])).toMatchObject({
    format: 'json',
    isDryRun: true,
  })
})

test.each([
  [[], 'Name the file to import'],
  [['a.txt', 'b.txt'], 'Import one file at a time'],
  [['page.txt', '--verbose'], "Unknown option '--verbose'"],
  [['page.txt', '--dry-run=yes'], "Option '--dry-run' does not take an argument"],
  [['page.txt', '--lang'], "Option '--lang <value>' argument missing"],
  [
    ['events.json', '--format', 'json', '--lang', 'es'],
    '--lang is for --format legacy-page; a json export without lang holds both languages',
  ],
  [
    ['events.csv', '--format', 'csv', '--lang', 'en'],
    '--lang is for --format legacy-page; a csv export without lang holds both languages',
  ],
  [['page.txt', '--format', 'xml'], '--format must be one of legacy-page, json, csv, not "xml"'],
  [['page.txt', '--lang', 'fr'], '--lang must be one of en, es, not "fr"'],
  [['page.txt', '--status', 'archived'], '--status must be one of draft, published, not "archived"'],
])('refuses %j as bad usage', (argv, message) => {
  expect(() => readImportArgs(argv)).toThrow(UsageError)
  expect(() => readImportArgs(argv)).toThrow(message)
})
