import { readFileSync } from 'node:fs'
import { SYSTEM_ACTOR } from '../actor'
import { importLegacyPage } from '../import/import-events'
import { fromRoot } from '../paths'
import type { Db } from './connection'

/** The demo content: the English edition of the legacy events page, ten events live today. */
export const DEMO_PAGE_PATH = fromRoot('server/demo/legacy-events-page.en.txt')

/**
 * Loads the demo calendar through the legacy-page importer, as published
 * events. Throws when an event of the page does not import: the demo page is
 * ours, so that is a bug, not a warning.
 */
export function seedDemo(db: Db): void {
  const report = importLegacyPage(db, SYSTEM_ACTOR, readFileSync(DEMO_PAGE_PATH, 'utf8'), {
    lang: 'en',
    status: 'published',
    dryRun: false,
  })
  const failed = report.events.filter((event) => event.outcome === 'failed')
  if (failed.length > 0) {
    throw new Error(
      `The demo page did not import: ${failed.map((event) => `line ${event.line} "${event.title}": ${event.error}`).join('; ')}`,
    )
  }
}
