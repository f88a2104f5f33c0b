import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, firstEnglish, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })

test('side by side, each text shows its English and Spanish next to each other, and typing there saves that language', async () => {
  const record = eventRecord({
    id: 7,
    version: 3,
    title: text('RCGM Meeting', 'Reunión del GRCM'),
    objectives: [{ heading: text('General objective', ''), intro: null, style: 'bullets', items: [] }],
  })
  const dataProvider = fakeDataProvider({ events: [record] })
  const user = setupUser()
  renderAdmin(<EventEdit id={record.id} />, {
    dataProvider,
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await user.click(screen.getByRole('button', { name: 'Side by side' }))
  const [english, spanish] = [
    screen.getAllByRole('group', { name: 'English' }),
    screen.getAllByRole('group', { name: 'Spanish' }),
  ]
  expect(control('Title', english[0])).toHaveValue('RCGM Meeting')
  expect(control('Title', spanish[0])).toHaveValue('Reunión del GRCM')
  // The objective's heading, untranslated, is next to its English without a tab to open.
  const heading = spanish.find((group) => within(group).queryByText('Heading'))
  if (!heading) throw new Error('no Spanish heading beside the English one')
  await fill(user, control('Heading', heading), 'Objetivo general')
  await user.click(button('Save'))

  await expect.poll(() => dataProvider.update.mock.calls.length, POLL).toBe(1)
  expect(dataProvider.update.mock.calls[0]![1].data.objectives[0].heading).toEqual(
    text('General objective', 'Objetivo general'),
  )
})

test('a text marked out of date in Spanish says so under it, and confirming it sends the marks without it', async () => {
  const record = eventRecord({
    id: 7,
    version: 3,
    title: text('RCGM Meeting and workshop', 'Reunión del GRCM'),
    staleTexts: [{ path: 'title', language: 'es' }],
  })
  const dataProvider = fakeDataProvider({ events: [record] })
  const user = setupUser()
  renderAdmin(<EventEdit id={record.id} />, {
    dataProvider,
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })

  const notice = await screen.findByText('ES may be out of date: the EN text changed after it was written.')
  await user.click(
    within(notice.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'ES is up to date' }),
  )
  expect(screen.queryByText(/ES may be out of date/)).toBeNull()
  await user.click(button('Save'))

  await expect.poll(() => dataProvider.update.mock.calls.length, POLL).toBe(1)
  expect(dataProvider.update.mock.calls[0]![1].data.staleTexts).toEqual([])
})

const follows = (earlier: Node, later: Node) =>
  Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING)

function renderMarked() {
  const record = eventRecord({
    id: 7,
    version: 3,
    title: text('RCGM Meeting and workshop', 'Reunión del GRCM'),
    description: text('<p>The meeting of the group.</p>', '<p>La reunión.</p>'),
    staleTexts: [
      { path: 'title', language: 'es' },
      { path: 'description', language: 'es' },
    ],
  })
  return renderAdmin(<EventEdit id={record.id} />, {
    dataProvider: fakeDataProvider({ events: [record] }),
    resource: 'events',
    authProvider: fakeAuthProvider('editor'),
  })
}

test("with tabs, each text's mark is right under its own field, in the open tab", async () => {
  renderMarked()
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting and workshop'))

  const tab = firstEnglish('Title').closest('[role="tabpanel"]') as HTMLElement
  // The rich text editor loads on demand; its label is where the field starts.
  const description = await within(tab).findByText('About the event')
  const [titleMark, descriptionMark] = screen.getAllByRole('alert')
  expect(tab).toContainElement(titleMark!)
  expect(follows(firstEnglish('Title'), titleMark!) && follows(titleMark!, description)).toBe(true)
  expect(tab).toContainElement(descriptionMark!)
  expect(follows(description, descriptionMark!)).toBe(true)
})

test("side by side, each text's mark is under its field in the column of the language it concerns", async () => {
  const user = setupUser()
  renderMarked()
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting and workshop'))

  await user.click(screen.getByRole('button', { name: 'Side by side' }))

  const [englishTitle, englishDescription] = screen.getAllByRole('group', { name: 'English' })
  const [spanishTitle, spanishDescription] = screen.getAllByRole('group', { name: 'Spanish' })
  expect(within(englishTitle!).queryByRole('alert')).toBeNull()
  expect(within(englishDescription!).queryByRole('alert')).toBeNull()
  const titleMark = within(spanishTitle!).getByRole('alert')
  expect(titleMark).toHaveTextContent('ES may be out of date')
  expect(follows(control('Title', spanishTitle), titleMark)).toBe(true)
  expect(within(spanishDescription!).getByRole('alert')).toHaveTextContent('ES may be out of date')
})
