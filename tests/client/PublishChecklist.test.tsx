import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { PublishChecklist } from '../../client/src/events/PublishChecklist'
import { eventRecord } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'

const ready = {
  city: 'San Salvador',
  institutionIds: [1],
  contactEmails: ['crmst@iom.int'],
}

test('an event ready to publish but with English texts missing says both, not just "ready"', async () => {
  const event = eventRecord({
    ...ready,
    title: { en: 'Regional forum', es: 'Foro regional' },
    description: { en: '', es: '<p>Un foro.</p>' },
  })
  renderAdmin(<PublishChecklist event={event} />, { locale: 'es' })

  expect(
    await screen.findByText('Listo para publicar, pero EN está incompleto: vea abajo lo que falta.'),
  ).toBeInTheDocument()
  expect(screen.queryByText('Listo para publicar')).not.toBeInTheDocument()
})

test('an event ready in both languages is simply ready to publish', async () => {
  const event = eventRecord({ ...ready, title: { en: 'Regional forum', es: 'Foro regional' } })
  renderAdmin(<PublishChecklist event={event} />, { locale: 'es' })

  expect(await screen.findByText('Listo para publicar')).toBeInTheDocument()
})
