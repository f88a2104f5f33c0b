import { screen, waitFor, within } from '@testing-library/react'
import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { eventRecord, fakeDataProvider, institutionRecord } from '../support/fake-data-provider'
import { button, control, fill, firstEnglish, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })

test('after a 409, a field only one side changed is taken from that side without asking; only a field both changed is asked', async () => {
  const user = setupUser()
  const base = eventRecord({
    id: 7,
    version: 3,
    title: text('RCGM Meeting'),
    city: 'San José',
    startDate: '2026-05-12',
  })
  const dataProvider = fakeDataProvider({ events: [base] })
  renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events' })
  // Saved meanwhile: another start date (only theirs) and another city (both changed it).
  const current = eventRecord({ ...base, version: 4, city: 'San Salvador', startDate: '2026-06-02' })
  dataProvider.update.mockRejectedValueOnce(
    new HttpError('rcm.notification.conflict', 409, { message: 'Changed meanwhile', current }),
  )
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, firstEnglish('Title'), 'My title')
  await fill(user, control('City'), 'Panamá')
  await user.click(button('Save'))

  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this event' })
  const keep = within(dialog).getByRole('button', { name: 'Keep these and save' })
  expect(within(dialog).getAllByRole('radio')).toHaveLength(2)
  expect(within(dialog).getByRole('radio', { name: 'City: Yours' })).not.toBeChecked()
  expect(within(dialog).getByRole('radio', { name: 'City: Saved meanwhile' })).not.toBeChecked()
  expect(keep).toBeDisabled()
  expect(within(dialog).getByText('Kept from your changes (only you changed them): Title.')).toBeInTheDocument()
  expect(
    within(dialog).getByText('Kept from the version saved meanwhile (you did not change them): Start date.'),
  ).toBeInTheDocument()

  await user.click(within(dialog).getByRole('radio', { name: 'City: Yours' }))
  await user.click(keep)

  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(2))
  expect(dataProvider.update.mock.calls[1]![1].data).toMatchObject({
    version: 4,
    title: text('My title'),
    city: 'Panamá',
    startDate: '2026-06-02',
  })
  consoleError.mockRestore()
})

test('the merge dialog shows values as the app writes them: a date as "2 Jun 2026", not its code', async () => {
  const user = setupUser()
  const base = eventRecord({ id: 7, version: 3, title: text('RCGM Meeting'), startDate: '2026-05-12' })
  const dataProvider = fakeDataProvider({ events: [base] })
  renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events' })
  const current = eventRecord({ ...base, version: 4, startDate: '2026-06-02' })
  dataProvider.update.mockRejectedValueOnce(
    new HttpError('rcm.notification.conflict', 409, { message: 'Changed meanwhile', current }),
  )
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await fill(user, control('Start date'), '2026-07-01')
  await user.click(button('Save'))

  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this event' })
  const yours = within(dialog).getByRole('radio', { name: 'Start date: Yours' }).closest('td')
  const theirs = within(dialog).getByRole('radio', { name: 'Start date: Saved meanwhile' }).closest('td')
  expect(yours).toHaveTextContent('1 Jul 2026')
  expect(theirs).toHaveTextContent('2 Jun 2026')
  expect(dialog).not.toHaveTextContent('2026-06-02')
  consoleError.mockRestore()
})

test.each(['iom', 'OIM', 'organizacion internacional para las MIGRACIONES'])(
  'the institution picker does not offer to create "%s", which IOM already is',
  async (typed) => {
    const user = setupUser()
    const dataProvider = fakeDataProvider({
      events: [eventRecord({ id: 7, title: text('RCGM Meeting') })],
      institutions: [institutionRecord({ id: 1 })],
    })
    renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events' })
    await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

    await user.click(control(/^Coordinating institutions/))
    await user.paste(typed)

    expect(await screen.findByText('IOM – International Organization for Migration', { selector: 'li' })).toBeVisible()
    await waitFor(() =>
      expect(dataProvider.getList).toHaveBeenLastCalledWith(
        'institutions',
        expect.objectContaining({ filter: { q: typed } }),
      ),
    )
    expect(screen.queryByText(`Create ${typed}`)).toBeNull()
  },
)

test('the institution picker offers to create a name no institution has', async () => {
  const user = setupUser()
  const dataProvider = fakeDataProvider({
    events: [eventRecord({ id: 7, title: text('RCGM Meeting') })],
    institutions: [institutionRecord({ id: 1 })],
  })
  renderAdmin(<EventEdit id={7} />, { dataProvider, resource: 'events' })
  await waitFor(() => expect(firstEnglish('Title')).toHaveValue('RCGM Meeting'))

  await user.click(control(/^Coordinating institutions/))
  await user.paste('RNCOM')

  expect(await screen.findByText('Create RNCOM')).toBeInTheDocument()
})
