import { VALIDATION_MESSAGES } from '@rcm/shared'
import { expect, test } from 'vitest'
import { MESSAGES, say, type MessageArgs, type MessageKey } from '../../server/src/i18n/messages'

// One sample call per message: the type makes a new message need a line here, so each one is checked below.
const SAMPLES: { [K in MessageKey]: MessageArgs<K> } = {
  invalidInput: [],
  badRequest: [],
  internalError: [],
  signInFirst: [],
  badCredentials: [],
  tooManySignIns: [],
  notAllowed: [],
  crossOrigin: [],
  notFound: ['Webhook delivery'],
  methodNotAllowed: [],
  sendJson: [],
  bodyNotJson: [],
  bodyTooLarge: [],
  noContentEncoding: [],
  utf8Only: [],
  requestAborted: [],
  bodyTooShort: [],
  importTooLarge: [],
  malformedUrl: [],
  emailTaken: [],
  lastAdmin: [],
  notCurrentPassword: [],
  commonPassword: [],
  fewDifferentCharacters: [],
  passwordHasEmail: [],
  inUseByEvents: [2, 'venue'],
  needsComment: [],
  stepForbidden: ['request-changes', 'published_with_changes'],
  cannotPublishYet: [['city']],
  staleVersion: [7],
  staleStep: [2, 4],
  versionMissing: [],
  versionRequired: [],
  noSuchVenue: [],
  noSuchInstitution: [],
  importPublishedNeedsReviewer: [],
  noticeBeingSent: [],
  notJson: ['Unexpected end of JSON input'],
  notCsv: ['unclosed quote'],
  notAnExportJson: [],
  cannotBeRead: [],
  tooManyRecords: [20000, 10000],
  importBusy: [],
  cellCount: [13, 14],
  sameEventTwice: ['https://calendar.example.org/calendar#event-7'],
  idTaken: [7, 12],
  newVenue: ['Hotel Barceló'],
  newInstitution: ['OIM'],
  wrongCode: [],
  codeRequired: [],
  noSecondFactorAwaited: [],
  mfaAlreadyOn: [],
  mfaNotStarted: [],
  mfaNotOn: [],
  mfaRequiredForRole: [],
  ownAccountFromAccountPage: [],
  unknownHost: [],
  privateTarget: ['intranet.example.org', '10.0.0.5', 'private'],
  metadataTarget: ['169.254.169.254', null],
  uploadNeedsFile: [],
  fileTooLarge: ['25 MB'],
  fileTypeRefused: [],
  legacyOfficeName: [],
  imageUnreadable: [],
  noSuchFile: [],
  notAnImage: [],
  noSuchPresidency: [],
  noSuchEventType: [],
  noSuchNetwork: [],
  taxonomyInUse: [2, 'type'],
  presidencyOverlap: ['El Salvador', '2026-01-01', '2026-12-31'],
  // list preferences per user (issue 17 §6)
  preferenceTooLarge: ['21 KB', '16 KB'],
  tooManyPreferences: [100],
}

test('the server catalogue has every message in English and in Spanish, and no Spanish text is the English one left untranslated', () => {
  expect(Object.keys(MESSAGES.es).sort()).toEqual(Object.keys(MESSAGES.en).sort())
  for (const key of Object.keys(SAMPLES) as MessageKey[]) {
    const text = say(key, ...(SAMPLES[key] as MessageArgs<typeof key>))
    expect(text.en, key).not.toBe('')
    expect(text.es, key).not.toBe(text.en)
  }
})

test("the shared schemas' messages are each written in both languages, and each English text names one message only", () => {
  const texts = Object.values(VALIDATION_MESSAGES)
  for (const text of texts) expect(text.es, text.en).not.toBe(text.en)
  expect(new Set(texts.map((text) => text.en)).size).toBe(texts.length)
})

test('a count and a kind of record are said in each language', () => {
  expect(say('inUseByEvents', 1, 'institution')).toEqual({
    en: 'Used by 1 event; remove it from them before deleting it',
    es: 'La usa 1 evento; quítela de ellos antes de eliminarla',
  })
  expect(say('notFound', 'Institution')).toEqual({ en: 'Institution not found', es: 'Institución no encontrada' })
})
