import {
  checkCompleteness,
  EVENT_STATUSES,
  IMPORT_ACTIONS,
  REVISION_ACTIONS,
  ROLES,
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
  const checklist = Object.keys(
    checkCompleteness({
      title: { en: '', es: '' },
      city: '',
      modality: 'in_person',
      institutionIds: [],
      contactEmails: [],
    }).errors,
  )
  expect(
    missing([
      ...steps,
      ...REVISION_ACTIONS.map((action) => `rcm.history.actions.${action}`),
      ...EVENT_STATUSES.map((status) => `resources.events.status.${status}`),
      ...MODALITY_CHOICES.map((choice) => choice.name),
      ...comparedFields.map((field) => `resources.events.fields.${field}`),
      ...checklist.map((field) => `rcm.checklist.items.${field}`),
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
