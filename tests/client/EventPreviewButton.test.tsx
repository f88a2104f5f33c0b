import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { EventEdit } from '../../client/src/events/EventEdit'
import { EventShow } from '../../client/src/events/EventShow'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const dataProvider = () => fakeDataProvider({ events: [eventRecord({ id: 7, status: 'draft' })] })

test('the show page opens the preview of this event in the UI language, in a new tab', async () => {
  renderAdmin(<EventShow id={7} />, { resource: 'events', dataProvider: dataProvider(), locale: 'es' })

  const link = await screen.findByRole('link', { name: 'Vista previa' })
  expect(link).toHaveAttribute('href', '/api/events/7/preview?lang=es')
  expect(link).toHaveAttribute('target', '_blank')
  expect(link).toHaveAccessibleDescription(/se abre en una pestaña nueva/)
})

test('the edit page offers the same preview, in English', async () => {
  renderAdmin(<EventEdit id={7} />, { resource: 'events', dataProvider: dataProvider(), locale: 'en' })

  expect(await screen.findByRole('link', { name: 'Preview' })).toHaveAttribute('href', '/api/events/7/preview?lang=en')
})
