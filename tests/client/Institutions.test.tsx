import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { InstitutionEdit } from '../../client/src/institutions/InstitutionEdit'
import { InstitutionList } from '../../client/src/institutions/InstitutionList'
import { eventRecord, fakeDataProvider, institutionRecord } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'

const iom = institutionRecord({ id: 3, acronym: { en: 'IOM', es: '' } })

test('edits the name and acronym of each language in its own tab', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const dataProvider = fakeDataProvider({ institutions: [iom] })

  renderAdmin(<InstitutionEdit id={3} />, { resource: 'institutions', dataProvider, locale: 'es' })

  // The interface language's tab opens first.
  const spanish = await screen.findByRole('tabpanel', { name: 'Español' })
  await user.click(within(spanish).getByRole('textbox', { name: 'Sigla' }))
  await user.paste('OIM')
  await user.click(screen.getByRole('button', { name: 'Guardar' }))

  await vi.waitFor(
    () =>
      expect(dataProvider.update).toHaveBeenCalledWith(
        'institutions',
        expect.objectContaining({ id: 3, data: { name: iom.name, acronym: { en: 'IOM', es: 'OIM' } } }),
      ),
    POLL,
  )
})

test('lists the events an institution coordinates', async () => {
  const dataProvider = fakeDataProvider({
    institutions: [iom],
    events: [
      eventRecord({ id: 1, title: { en: 'Forum on Migrant Smuggling', es: '' }, institutionIds: [5, 3] }),
      eventRecord({ id: 2, title: { en: 'Without IOM', es: '' }, institutionIds: [5] }),
    ],
  })

  renderAdmin(<InstitutionEdit id={3} />, { resource: 'institutions', dataProvider })

  expect(await screen.findByText('Forum on Migrant Smuggling')).toBeInTheDocument()
  expect(screen.queryByText('Without IOM')).toBeNull()
  expect(dataProvider.getManyReference).toHaveBeenCalledWith(
    'events',
    expect.objectContaining({ target: 'institutionId', id: 3 }),
  )
})

test('searches institutions with the q filter', async () => {
  const user = userEvent.setup({ pointerEventsCheck: 0 })
  const dataProvider = fakeDataProvider({ institutions: [iom] })

  renderAdmin(<InstitutionList />, { resource: 'institutions', dataProvider })

  await screen.findByText('IOM')
  await user.click(screen.getByPlaceholderText('Search'))
  await user.paste('migra')
  await expect.poll(() => dataProvider.getList.mock.lastCall?.[1].filter, POLL).toEqual({ q: 'migra' })
  expect(dataProvider.getList).toHaveBeenLastCalledWith(
    'institutions',
    expect.objectContaining({ sort: { field: 'name.en', order: 'ASC' } }),
  )
})
