import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { button, control, setupUser } from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const text = (en: string, es = en) => ({ en, es })

const RECORDS = {
  presidencies: [
    { id: 1, countryCode: 'SV', startDate: '2026-01-01', endDate: '2026-12-31', theme: text('') },
    { id: 2, countryCode: 'GT', startDate: '2027-01-01', endDate: '2027-12-31', theme: text('') },
  ],
  'event-types': [
    { id: 3, name: text('Workshop', 'Taller') },
    { id: 5, name: text('Forum', 'Foro') },
  ],
  countries: [
    { id: 'SV', name: text('El Salvador') },
    { id: 'GT', name: text('Guatemala') },
  ],
  networks: [
    { id: 1, name: text('Regional Network for Civil Organizations on Migration'), acronym: text('RNCOM', 'RROCM') },
  ],
}

test('the event form shows the presidency of the start date as the default, and saves the type, countries and networks picked', async () => {
  const user = setupUser()
  const record = eventRecord({ id: 7, version: 3, startDate: '2026-05-12', presidencyId: null })
  const dataProvider = fakeDataProvider({ ...RECORDS, events: [record] })
  renderAdmin(<EventEdit id={record.id} />, { dataProvider, resource: 'events' })

  await waitFor(() =>
    expect(control(/^Presidency/)).toHaveAccessibleDescription(
      // Intl writes the range with thin spaces around the dash.
      /^Left empty: the presidency whose period holds the start date \(El Salvador 1 Jan\s–\s31 Dec 2026\)$/,
    ),
  )

  await user.click(control(/^Type/))
  await user.click(await screen.findByRole('option', { name: 'Workshop' }))
  await user.click(control('Countries'))
  await user.click(await screen.findByRole('option', { name: 'Guatemala' }))
  await user.click(control('Networks'))
  await user.click(
    await screen.findByRole('option', { name: 'RNCOM – Regional Network for Civil Organizations on Migration' }),
  )
  await user.click(control(/^Presidency/))
  const listbox = await screen.findByRole('listbox')
  await user.click(within(listbox).getByRole('option', { name: /^Guatemala 1 Jan\s–\s31 Dec 2027$/ }))
  await user.click(button('Save'))

  await waitFor(() => expect(dataProvider.update).toHaveBeenCalledTimes(1))
  expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({
    presidencyId: 2,
    typeId: 3,
    countryCodes: ['GT'],
    networkIds: [1],
  })
})
