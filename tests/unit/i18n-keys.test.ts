import {
  checkCompleteness,
  EVENT_STATUSES,
  IMPORT_ACTIONS,
  REVISION_ACTIONS,
  ROLES,
  VALIDATION_MESSAGES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_NOTICES,
  WORKFLOW_STEPS,
} from '@rcm/shared'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { MODALITY_CHOICES } from '../../client/src/events/choices'
import { flattenEvent } from '../../client/src/revisions/revisionDiff'
import { en as enCatalogue } from '../../client/src/i18n/en'
import { es as esCatalogue } from '../../client/src/i18n/es'
import { messages } from '../../client/src/providers/i18nProvider'
import { keysOf, textAt } from '../support/catalogue'
import { eventRecord } from '../support/fake-data-provider'

const CLIENT_SOURCES = fileURLToPath(new URL('../../client/src', import.meta.url))
const LANGUAGES = ['en', 'es'] as const

/** The keys, among `keys`, that some language lacks a text for, as "key (language)"; `orGroup` also accepts a group of texts. */
const missing = (keys: Iterable<string>, { orGroup = false } = {}) =>
  [...new Set(keys)].flatMap((key) =>
    LANGUAGES.filter((language) => {
      const found = textAt(messages[language], key)
      return !(typeof found === 'string' || (orGroup && typeof found === 'object' && found !== null))
    }).map((language) => `${key} (${language})`),
  )

// The catalogues' namespaces: a quoted string under one of them is a key (`translate('rcm.…')`, `notify('ra.…')`, `label="resources.…"`).
const NAMESPACES = Object.keys(messages.en).filter((name) => typeof messages.en[name] === 'object')
const LITERAL_KEY = new RegExp(`(['"])((?:${NAMESPACES.join('|')})\\.[\\w.-]*\\w)\\1`, 'g')

/** Every literal key in the client's sources (template literals are left to the tests below), as [file, key]. */
function literalKeys(): [string, string][] {
  const files = readdirSync(CLIENT_SOURCES, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !file.startsWith('i18n'),
  )
  return files.flatMap((file) => {
    const source = readFileSync(join(CLIENT_SOURCES, file), 'utf8')
    return [...source.matchAll(LITERAL_KEY)].map((match): [string, string] => [
      relative(CLIENT_SOURCES, join(CLIENT_SOURCES, file)),
      match[2] ?? '',
    ])
  })
}

test('every translation key written in the client has a text in English and in Spanish', () => {
  const found = literalKeys()
  // The scan must see the keys, or it proves nothing.
  expect(found.length).toBeGreaterThan(100)
  // A group is a prefix the code completes with a value (`rcm.import.action` + `.created`): its texts are checked below.
  const lacking = found.flatMap(([file, key]) => missing([key], { orGroup: true }).map((gap) => `${file}: ${gap}`))
  expect(lacking).toEqual([])
})

test('the keys the client builds from shared values have a text for every value', () => {
  const steps = WORKFLOW_STEPS.flatMap((step) =>
    ['label', 'title', 'help', 'confirm', 'done'].map((part) => `rcm.workflow.${step}.${part}`),
  )
  const comparedFields = [...flattenEvent(eventRecord()).keys()].map((path) => path.split('.')[0] ?? path)
  expect(
    missing([
      ...steps,
      ...REVISION_ACTIONS.map((action) => `rcm.history.actions.${action}`),
      ...EVENT_STATUSES.map((status) => `resources.events.status.${status}`),
      ...MODALITY_CHOICES.map((choice) => choice.name),
      ...comparedFields.map((field) => `resources.events.fields.${field}`),
      ...['yours', 'current'].map((side) => `rcm.conflict.${side}`),
      ...['show', 'edit'].map((view) => `ra.page.${view}`),
      ...ROLES.map((role) => `resources.users.roles.${role}`),
      ...[...WEBHOOK_NOTICES, 'test'].map((notice) => `resources.webhooks.notices.${notice}`),
      ...IMPORT_ACTIONS.flatMap((action) => [`rcm.import.action.${action}`, `rcm.import.action_done.${action}`]),
      ...WEBHOOK_DELIVERY_STATUSES.map((status) => `resources.webhook-deliveries.status.${status}`),
    ]),
  ).toEqual([])
})

test('an app text names the same placeholders in English and in Spanish', () => {
  const placeholders = (value: unknown) =>
    typeof value === 'string' ? [...new Set(value.match(/%\{\w+\}/g) ?? [])].sort() : []
  // react-admin's own texts have their test in tests/client/i18n.test.tsx (Spanish may drop a name it cannot inflect).
  const appKeys = keysOf(messages.en).filter((key) => !key.startsWith('ra.'))
  const mismatched = appKeys.filter(
    (key) => placeholders(textAt(messages.en, key)).join() !== placeholders(textAt(messages.es, key)).join(),
  )
  expect(mismatched).toEqual([])
})

/** Every text of a nested catalogue as [dotted path, text]; a key may itself hold dots (a message keyed by its English text). */
const entriesOf = (catalogue: object, prefix = ''): [string, string][] =>
  Object.entries(catalogue).flatMap(([key, value]: [string, unknown]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]]
    return typeof value === 'object' && value !== null ? entriesOf(value, `${prefix}${key}.`) : []
  })

test('the shared messages the client shows (schemas, publish checklist) read in both languages, from the shared texts', () => {
  const checklist = Object.values(
    checkCompleteness({
      title: { en: '', es: '' },
      city: '',
      modality: 'in_person',
      institutionIds: [],
      contactEmails: [],
    }).errors,
  )
  expect(checklist).toHaveLength(4)
  const shown = new Map<string, Record<'en' | 'es', string>>(
    Object.values(VALIDATION_MESSAGES).map((text) => [text.en, text]),
  )
  for (const english of checklist) expect(shown.has(english), english).toBe(true)
  for (const [english, text] of shown) {
    for (const language of LANGUAGES) expect(Reflect.get(messages[language], english)).toBe(text[language])
  }
})

test("the app's catalogues leave the shared messages to shared/src/validation-messages.ts, so each is written once", () => {
  const shared = new Set<string>(Object.values(VALIDATION_MESSAGES).flatMap((text) => [text.en, text.es]))
  // react-admin's own texts (`ra.`) are its catalogue's, which may word a message as the app does ("Required").
  const app = [...entriesOf(enCatalogue), ...entriesOf(esCatalogue)].filter(([key]) => !key.startsWith('ra.'))
  expect(app.length).toBeGreaterThan(300)
  expect(app.filter(([key, text]) => shared.has(key) || shared.has(text))).toEqual([])
})
