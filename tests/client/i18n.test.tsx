import englishMessages from 'ra-language-english'
import { expect, test } from 'vitest'
import { en, enApp } from '../../client/src/i18n/en'
import { es, esApp } from '../../client/src/i18n/es'
import { createI18nProvider, messages, resolveInitialLocale } from '../../client/src/providers/i18nProvider'
import { keysOf, textAt } from '../support/catalogue'

const missingFrom = (catalogue: object, keys: string[]) => {
  const present = new Set(keysOf(catalogue))
  return keys.filter((key) => !present.has(key))
}

test('es.ts translates every react-admin key of ra-language-english', () => {
  expect(missingFrom(es, keysOf(englishMessages))).toEqual([])
})

test('the app texts have the same keys in English and Spanish', () => {
  expect(keysOf(esApp).sort()).toEqual(keysOf(enApp).sort())
  // With the event form's texts merged in, and react-admin's own.
  expect(keysOf(messages.es).sort()).toEqual(keysOf(messages.en).sort())
  expect(keysOf(en).length).toBeGreaterThan(keysOf(enApp).length)
})

test('no Spanish text is empty', () => {
  expect(keysOf(messages.es).filter((key) => textAt(messages.es, key) === '')).toEqual([])
})

test('keeps the placeholders of each react-admin text', () => {
  const placeholders = (value: unknown): string[] =>
    typeof value === 'string' ? (value.match(/%\{\w+\}/g) ?? []).sort() : []
  const mismatched = keysOf(englishMessages).filter((key) => {
    const spanish = placeholders(textAt(es, key))
    // A Spanish text may drop a name it cannot inflect (gender), never add one.
    return spanish.some((placeholder) => !placeholders(textAt(englishMessages, key)).includes(placeholder))
  })
  expect(mismatched).toEqual([])
})

test("opens in the stored language, else the browser's first language the app speaks, else English", () => {
  expect(resolveInitialLocale('es', ['en-US'])).toBe('es')
  expect(resolveInitialLocale('en', ['es-SV'])).toBe('en')
  expect(resolveInitialLocale(undefined, ['es-SV', 'en'])).toBe('es')
  expect(resolveInitialLocale(undefined, ['fr-FR', 'es'])).toBe('es')
  expect(resolveInitialLocale(undefined, ['en-GB', 'es'])).toBe('en')
  expect(resolveInitialLocale('fr', ['de'])).toBe('en')
})

test('the provider offers English and Spanish and translates in both', async () => {
  const i18nProvider = createI18nProvider('en')
  expect(i18nProvider.getLocales?.()).toEqual([
    { locale: 'en', name: 'English' },
    { locale: 'es', name: 'Español' },
  ])
  expect(i18nProvider.translate('ra.action.save')).toBe('Save')
  await i18nProvider.changeLocale('es')
  expect(i18nProvider.translate('ra.action.save')).toBe('Guardar')
  expect(i18nProvider.translate('resources.events.name', { smart_count: 2 })).toBe('Eventos')
})
