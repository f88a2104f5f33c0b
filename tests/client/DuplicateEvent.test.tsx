import { configure, render, screen } from '@testing-library/react'
import { localStorageStore } from 'react-admin'
import { afterEach, expect, test } from 'vitest'
import { App } from '../../client/src/App'
import { createI18nProvider } from '../../client/src/providers/i18nProvider'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { setupUser } from '../support/form-queries'

// The whole app takes a while to render in jsdom.
configure({ asyncUtilTimeout: 8000 })

afterEach(() => {
  localStorage.clear()
  window.location.hash = ''
})

test('duplicates an event into a new draft form: same content, dates cleared, titles marked as copies', async () => {
  const user = setupUser()
  const event = eventRecord({
    id: 4,
    title: { en: 'Technical workshop', es: 'Taller técnico' },
    city: 'Tegucigalpa',
    startDate: '2026-05-12',
    endDate: '2026-05-13',
  })
  window.location.hash = '#/events/4/show'
  render(
    <App
      dataProvider={fakeDataProvider({ events: [event] })}
      authProvider={fakeAuthProvider('editor')}
      i18nProvider={createI18nProvider('en')}
      store={localStorageStore()}
    />,
  )

  await user.click(await screen.findByRole('link', { name: 'Duplicate' }))

  expect(await screen.findByDisplayValue('Technical workshop (copy)')).toBeInTheDocument()
  expect(window.location.hash).toBe('#/events/create')
  expect(screen.getByDisplayValue('Tegucigalpa')).toBeInTheDocument()
  expect(screen.getByLabelText('Start date')).toHaveValue('')
})
