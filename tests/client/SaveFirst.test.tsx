import type { UpdateParams } from 'react-admin'
import { screen, waitFor, within } from '@testing-library/react'
import { HttpError } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, control, fill, firstEnglish, setupUser } from '../support/form-queries'
import { POLL, renderAdmin } from '../support/render-admin'

afterEach(() => vi.restoreAllMocks())

const text = (en: string, es = '') => ({ en, es })

/** The edit page of a draft at version 3, for an editor; a save answers the next version, as the server does. */
function renderEdit(overrides = {}) {
  const record = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting'), ...overrides })
  const submitEvent = vi.fn(async (id: number, { version }: { version: number }) => ({
    data: eventRecord({ ...record, id, version: version + 1, status: 'in_review' }),
  }))
  const dataProvider = fakeDataProvider({ events: [record] }, { submitEvent })
  dataProvider.update.mockImplementation(async (_resource: string, params: UpdateParams) => ({
    data: { ...params.previousData, ...params.data, id: params.id, version: Number(params.data.version) + 1 },
  }))
  renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events', authProvider: fakeAuthProvider('editor') })
  return { dataProvider, submitEvent }
}

const confirmIn = (dialog: HTMLElement, name: string) => {
  const found = within(dialog)
    .getAllByRole('button')
    .find((candidate) => candidate.textContent === name)
  if (!found) throw new Error(`no button "${name}" in the dialog`)
  return found
}

test('"Submit for review" on a form with unsaved changes saves them first, then submits the version saved', async () => {
  const user = setupUser()
  const { dataProvider, submitEvent } = renderEdit()
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, firstEnglish('Title'), 'RCGM Meeting and Vice-Ministerial Meeting')
  await user.click(await screen.findByRole('button', { name: 'Submit for review' }))
  const dialog = await screen.findByRole('dialog')
  expect(within(dialog).getByText(/You have unsaved changes: they are saved first/)).toBeInTheDocument()
  await user.click(confirmIn(dialog, 'Submit'))

  await expect.poll(() => submitEvent.mock.calls[0], POLL).toEqual([7, { version: 4, comment: undefined }])
  expect(dataProvider.update).toHaveBeenCalledTimes(1)
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({
    version: 3,
    title: text('RCGM Meeting and Vice-Ministerial Meeting'),
  })
  expect(dataProvider.update.mock.invocationCallOrder[0]).toBeLessThan(submitEvent.mock.invocationCallOrder[0]!)
  expect(await screen.findByText('Your changes were saved. Submitted for review')).toBeInTheDocument()
})

test('a save refused with a 409 stops the step: nothing is submitted, the text stays and the merge dialog opens', async () => {
  // react-admin logs the rejected update; expected here.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const user = setupUser()
  const { dataProvider, submitEvent } = renderEdit()
  const current = eventRecord({ id: 7, version: 4, title: text('RCGM Meeting'), city: 'Panamá' })
  dataProvider.update.mockRejectedValueOnce(
    new HttpError('rcm.notification.conflict', 409, { message: 'Changed meanwhile', current }),
  )
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, firstEnglish('Title'), 'My new title')
  await user.click(await screen.findByRole('button', { name: 'Submit for review' }))
  await user.click(confirmIn(await screen.findByRole('dialog'), 'Submit'))

  expect(await screen.findByRole('dialog', { name: 'Someone else saved this event' })).toBeInTheDocument()
  expect(firstEnglish('Title')).toHaveValue('My new title')
  expect(submitEvent).not.toHaveBeenCalled()
  expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ status: 409 }))
  consoleError.mockRestore()
})

test('an invalid form stops the step before anything is sent, and shows what to fix', async () => {
  const user = setupUser()
  const { dataProvider, submitEvent } = renderEdit()
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await user.click(button('Add email'))
  await fill(user, control('Email'), 'crmst(at)iom.int')
  await user.click(await screen.findByRole('button', { name: 'Submit for review' }))
  await user.click(confirmIn(await screen.findByRole('dialog'), 'Submit'))

  await waitFor(() => expect(control('Email')).toHaveAccessibleDescription('Not a valid email address'))
  expect(control('Email')).toHaveValue('crmst(at)iom.int')
  expect(
    await screen.findByText(
      'Your changes could not be saved, so nothing else was done. Your text is still in the form.',
    ),
  ).toBeInTheDocument()
  expect(dataProvider.update).not.toHaveBeenCalled()
  expect(submitEvent).not.toHaveBeenCalled()
})

test('Preview on a form with unsaved changes saves them, then opens the preview of the version saved', async () => {
  const user = setupUser()
  const tab = { opener: {} as unknown, location: { href: '' }, close: vi.fn() }
  const open = vi.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window)
  const { dataProvider } = renderEdit()
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))
  expect(await screen.findByRole('link', { name: 'Preview' })).toBeInTheDocument()

  await fill(user, firstEnglish('Title'), 'Typed before the preview')
  await user.click(await screen.findByRole('button', { name: 'Save and preview' }))

  await expect.poll(() => tab.location.href, POLL).toBe('/api/events/7/preview?lang=en')
  expect(open).toHaveBeenCalledTimes(1)
  expect(tab.opener).toBeNull()
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({ title: text('Typed before the preview') })
})
