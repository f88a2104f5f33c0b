import type { Revision } from '@rcm/shared'
import { screen } from '@testing-library/react'
import { RecordContextProvider } from 'react-admin'
import { expect, test } from 'vitest'
import { ChangesRequestedNotice } from '../../client/src/revisions/ChangesRequestedNotice'
import { TranslationChecklist } from '../../client/src/translation/TranslationChecklist'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const stepRevision = (id: number, action: Revision['action'], comment: string | null): Revision => ({
  id,
  eventId: 7,
  version: id,
  action,
  userId: 2,
  userName: 'Rosa Reviewer',
  createdAt: '2026-05-02T10:00:00.000Z',
  comment,
  data: eventRecord({ id: 7 }),
})

test("a draft sent back shows the reviewer's comment, who and when", async () => {
  const sentBack = eventRecord({ id: 7, status: 'draft' })
  const revisions = [stepRevision(2, 'request-changes', 'Add the venue'), stepRevision(1, 'submit', null)]
  renderAdmin(
    <RecordContextProvider value={sentBack}>
      <ChangesRequestedNotice />
    </RecordContextProvider>,
    { dataProvider: fakeDataProvider({ revisions }) },
  )
  const notice = await screen.findByRole('status')
  expect(notice).toHaveTextContent(/^Rosa Reviewer asked for changes/)
  expect(notice).toHaveTextContent('Add the venue')
})

test('the checklist names, per language, each text written in the other language only', async () => {
  const event = eventRecord({
    title: { en: 'Regional forum', es: '' },
    objectives: [
      {
        heading: { en: 'Goals', es: 'Objetivos' },
        intro: null,
        style: 'bullets',
        items: [{ text: { en: 'Share', es: 'Compartir' }, items: [{ text: { en: '', es: 'Redes' } }] }],
      },
    ],
  })
  renderAdmin(<TranslationChecklist event={event} />)

  const checklist = await screen.findByRole('status')
  expect(checklist).toHaveTextContent('EN: 1 text missing: Objectives, section 1, item 1, sub-item 1')
  expect(checklist).toHaveTextContent('ES: 1 text missing: Title')
})
