import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Event } from '@rcm/shared'
import { SYSTEM_ACTOR } from '../../server/src/actor'
import { createApp } from '../../server/src/app'
import { openDatabase } from '../../server/src/db/connection'
import { seedDemo } from '../../server/src/db/seed'
import { deleteEvent } from '../../server/src/events/events.service'
import type { TestApi } from '../support/api'
import { closeServer, listenOnLoopback } from '../support/loopback'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Both calendars link to one public site, so that `url` can be compared byte for byte. */
export const SITE_URL = 'https://calendar.example.org'

/**
 * A calendar with what is hard to write back: the published demo events
 * (English only), a deleted event (so the ids have a gap), a draft, and
 * published events with commas, semicolons and parentheses in names, a
 * formula sign and a quote at the start of cells, objectives of every
 * style with line breaks, missing languages, an undated event.
 */
export function fillSourceCalendar(api: TestApi): Event[] {
  seedDemo(api.db)
  deleteEvent(api.db, SYSTEM_ACTOR, 3)
  const venue = api.insertVenue({
    name: { en: 'Hotel Panamá, Salón Bolívar', es: 'Hotel Panamá, Salón Bolívar' },
    city: 'Ciudad de Panamá',
    country: 'PA',
    address: 'Vía España 111, piso 2',
  })
  const semicolon = api.insertInstitution({
    name: { en: 'Ministry of Labour; Social Security', es: 'Ministerio de Trabajo; Seguridad Social' },
    acronym: { en: 'MLSS', es: '' },
  })
  const parentheses = api.insertInstitution({
    name: { en: 'Regional Network (RNCOM)', es: 'Red Regional (RROCM)' },
    acronym: { en: '', es: '' },
  })
  const dash = api.insertInstitution({
    name: { en: 'Technical Secretariat - RCM', es: 'Secretaría Técnica - CRM' },
    acronym: { en: 'TS', es: 'ST' },
  })
  const tricky = api.insertEvent(
    {
      title: { en: '\'Quoted\' forum, "regional"', es: '' },
      description: { en: '<p>First &amp; <strong>bold</strong> &lt;tag&gt;</p><p>Second</p>', es: '<p>Primero</p>' },
      objectives: [
        {
          heading: { en: '', es: '' },
          intro: { en: '• Not a bullet, an intro', es: '' },
          style: 'paragraph',
          items: [{ text: { en: '1. Not numbered', es: 'Párrafo' }, items: [] }],
        },
        {
          heading: { en: 'General objective', es: 'Objetivo general' },
          intro: { en: 'To agree on:', es: 'Acordar:' },
          style: 'numbered',
          items: [
            {
              text: { en: 'A work plan\nover two lines', es: 'Un plan de trabajo' },
              items: [{ text: { en: 'with dates', es: '' } }, { text: { en: '\\ backslash', es: '—' } }],
            },
            { text: { en: 'Only in English', es: '' }, items: [] },
          ],
        },
        { heading: { en: '—', es: 'Sin elementos' }, intro: null, style: 'bullets', items: [] },
        {
          heading: { en: 'Bullets', es: 'Viñetas' },
          intro: null,
          style: 'bullets',
          items: [{ text: { en: 'One', es: 'Uno' }, items: [] }],
        },
      ],
      startDate: null,
      endDate: null,
      modality: 'hybrid',
      city: 'Ciudad de Panamá',
      venueId: venue.id,
      institutionIds: [semicolon.id, parentheses.id, dash.id],
      contactEmails: ['crmst@iom.int', 'info@example.org'],
      contactPhones: ['+507 5055555'],
    },
    'published',
  )
  const formula = api.insertEvent(
    { title: { en: '=SUM(A1)', es: '-Menos' }, venueId: venue.id, institutionIds: [dash.id] },
    'published',
  )
  api.insertEvent({ title: { en: 'A draft nobody sees', es: 'Un borrador' } })
  return [tricky, formula]
}

/** GETs a public feed of the calendar in the database file `path`, served as the app serves it. */
export async function feedOfDatabase(path: string, feed: string): Promise<string> {
  const db = openDatabase(path)
  const { server } = createApp({ db, publicSiteUrl: SITE_URL })
  try {
    const response = await fetch(`${await listenOnLoopback(server)}/api/public/${feed}`)
    return Buffer.from(await response.arrayBuffer()).toString('utf8')
  } finally {
    await closeServer(server)
    db.close()
  }
}

/** `npm run import -- ...args` as a user runs it, against the database file `path`. */
export function runImport(
  path: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_PATH: path }
    execFile(
      'npx',
      ['tsx', 'server/src/cli/import.ts', ...args],
      { cwd: ROOT, env, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
      },
    )
  })
}
