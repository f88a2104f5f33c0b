import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ScheduleList } from '../../client/src/schedules/ScheduleList'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

test('an empty schedule list says there is nothing scheduled yet and how one is set, in the interface language', async () => {
  renderAdmin(<ScheduleList />, {
    resource: 'schedules',
    locale: 'es',
    dataProvider: fakeDataProvider({ schedules: [] }),
    authProvider: fakeAuthProvider('editor'),
  })
  expect(await screen.findByText(/^Aún no hay publicaciones programadas\./)).toBeInTheDocument()
})
