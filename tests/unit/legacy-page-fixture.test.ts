import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseLegacyPage, type ParsedLegacyEvent } from '../../server/src/import/legacy-page.parser'
import { LEGACY_PAGE_EN, LEGACY_PAGE_EVENTS } from '../support/legacy-page-events'

const page = parseLegacyPage(readFileSync(LEGACY_PAGE_EN, 'utf8'), 'en')
const byTitle = (start: string): ParsedLegacyEvent => {
  const event = page.events.find((candidate) => candidate.title.startsWith(start))
  if (!event) throw new Error(`no event "${start}"`)
  return event
}
const itemTexts = (event: ParsedLegacyEvent, section: number) =>
  event.objectives[section]?.items.map((item) => item.text.en)

test('reads the ten events of the English page, exactly, and nothing of the page chrome', () => {
  const summaries = page.events.map((event) => ({
    title: event.title,
    city: event.city,
    venue: event.venueName,
    modality: event.modality,
    sections: event.objectives.map((section) => [
      section.heading.en,
      section.intro?.en ?? null,
      section.style,
      section.items.length,
    ]),
    institutions: event.institutionNames,
    emails: event.contactEmails,
    phones: event.contactPhones,
  }))

  expect(summaries).toEqual(LEGACY_PAGE_EVENTS)
  expect(page.warnings).toEqual([])
  expect(page.events.flatMap((event) => event.warnings)).toEqual([])
})

test('leaves every date to be confirmed, since every Fecha of the page is empty', () => {
  expect(page.events.map((event) => [event.startDate, event.endDate])).toEqual(
    Array.from({ length: 10 }, () => [null, null]),
  )
})

test('fills the English side of every text and leaves the Spanish side empty', () => {
  const sections = page.events.flatMap((event) => event.objectives)
  const texts = sections.flatMap((section) => [
    section.heading,
    ...(section.intro ? [section.intro] : []),
    ...section.items.map((item) => item.text),
  ])
  expect(texts.length).toBeGreaterThan(40)
  expect(texts.every((text) => text.es === '')).toBe(true)
  expect(
    sections.flatMap((section) => section.items).every((item) => item.text.en !== '' && item.items.length === 0),
  ).toBe(true)
})

test('joins a bullet that wraps onto an indented line, and reads the non-breaking spaces as spaces', () => {
  expect(itemTexts(byTitle('II Forum of Champion'), 0)).toEqual([
    'Contribute to the Second Regional Review of the GCM in Latin America and the Caribbean;',
    'Enhance mechanisms for information sharing and best practices on migration governance;',
    'Improve international cooperation on migration governance in line with regional and global frameworks, particularly the GCM and its guiding principles',
  ])
})

test('keeps numbered items without their numbers, and a paragraph under a heading as a paragraph item', () => {
  const event = byTitle('Forum-Workshop')
  expect(itemTexts(event, 0)).toEqual([
    'Promote the exchange of information and capacity building for the search and identification of Missing Persons ' +
      'in the Context of Migration based on the Regional Recommendations adopted by the RCM, ' +
      'international human rights standards and the Global Compact on Migration.',
  ])
  expect(itemTexts(event, 1)?.[1]).toBe(
    'To present the findings of the Analysis Report of the Mexican Foreign Support Mechanism for Search and Investigation ' +
      '(MAEBI) and its operation in Guatemala, Honduras, and El Salvador in cases of missing migrants.',
  )
})

test('reads a paragraph right under a heading with no blank line between them', () => {
  const event = byTitle('IV Congress')
  expect(itemTexts(event, 0)?.[0]).toMatch(
    /^To promote the exchange of experiences and good practices, .* human rights, and inclusion\.$/,
  )
  expect(itemTexts(event, 1)?.[2]).toBe(
    'Promote exchanges among Member Countries to identify areas of opportunity to strengthen the gender approach ' +
      'in public policies aimed at the migrant population, based on the application of the Guidelines ' +
      'on assistance and protection of women in contexts of migration',
  )
})

test('keeps text without a heading as a paragraph section with an empty heading', () => {
  expect(itemTexts(byTitle('Meeting of the Regional Consultation Group'), 0)).toEqual([
    'The RCGM is the technical-policy coordination body of the RCM; it is composed of foreign affairs ' +
      'and immigration authorities with decision-making and proposals-formulation capability.',
  ])
})

test('keeps the quoted lettered paragraph and the work-plan paragraph of the last event, each as a lead of its own part', () => {
  const event = byTitle('III Plenary Meeting')
  expect(itemTexts(event, 0)).toEqual([
    'd. To keep communication and exchange with the SACM Member Countries with the aim to know about changes ' +
      'related to migration management and visas that may impact migration flows in the region.',
  ])
  expect(itemTexts(event, 1)).toEqual(['III Plenary Meeting between the RCM and the SACM, by mid-2022.'])
})
