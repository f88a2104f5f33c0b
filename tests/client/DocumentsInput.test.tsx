import type { EventDocument } from '@rcm/shared'
import { screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
// Loaded here too, so that the form's lazy import of it finds it ready rather than transformed on demand.
import '../../client/src/files/DocumentsInput'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const document = (fileId: number, title: string): EventDocument => ({
  fileId,
  title: { en: title, es: title },
  kind: 'other',
  language: 'both',
})

const AGENDA = document(11, 'Agenda')
const CONCEPT_NOTE = document(12, 'Concept note')
const REPORT = document(13, 'Report')

function renderEdit() {
  const record = eventRecord({ id: 7, version: 3, documents: [AGENDA, CONCEPT_NOTE, REPORT] })
  const dataProvider = fakeDataProvider({ events: [record] })
  renderAdmin(<EventEdit id={record.id} />, { dataProvider, resource: 'events' })
  return dataProvider
}

// The edit form with every section takes a while to render in jsdom on a busy machine.
const LOADED = { timeout: 15_000 }
/** A render, clicks and a save of the whole form: more than the project's 20 s when the machine is loaded. */
const SLOW = 45_000

/** The English titles of the documents, in the order the form lists them. */
const englishTitles = () =>
  screen.getAllByRole('textbox', { name: 'Title (English)' }).map((input) => (input as HTMLInputElement).value)

const savedDocuments = (update: ReturnType<typeof fakeDataProvider>['update']) =>
  (update.mock.calls[0]![1].data as { documents: EventDocument[] }).documents.map((saved) => saved.fileId)

test(
  "a document's up and down buttons reorder the list, and the event saves its documents in the new order",
  async () => {
    const user = setupUser()
    const { update } = renderEdit()
    await waitFor(() => expect(englishTitles()).toEqual(['Agenda', 'Concept note', 'Report']), LOADED)
    // The first cannot go up, the last cannot go down.
    expect(screen.getByRole('button', { name: 'Move document 1 up' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Move document 3 down' })).toBeDisabled()

    await user.click(screen.getByRole('button', { name: 'Move document 3 up' }))
    expect(englishTitles()).toEqual(['Agenda', 'Report', 'Concept note'])
    await user.click(screen.getByRole('button', { name: 'Move document 1 down' }))
    expect(englishTitles()).toEqual(['Report', 'Agenda', 'Concept note'])

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1))
    expect(savedDocuments(update)).toEqual([REPORT.fileId, AGENDA.fileId, CONCEPT_NOTE.fileId])
  },
  SLOW,
)

test(
  'removing a document takes it out of the list and of the saved event',
  async () => {
    const user = setupUser()
    const { update } = renderEdit()
    await waitFor(() => expect(englishTitles()).toEqual(['Agenda', 'Concept note', 'Report']), LOADED)

    await user.click(screen.getByRole('button', { name: 'Remove document 2' }))
    expect(englishTitles()).toEqual(['Agenda', 'Report'])
    expect(screen.queryByRole('heading', { name: /^Document 3/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1))
    expect(savedDocuments(update)).toEqual([AGENDA.fileId, REPORT.fileId])
    expect((update.mock.calls[0]![1].data as { documents: EventDocument[] }).documents[1]).toMatchObject({
      title: REPORT.title,
    })
  },
  SLOW,
)
