import { afterEach, beforeEach, expect, test } from 'vitest'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { buildEvent } from '../support/builders'
import { eventInState } from '../support/workflow'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const SPANISH = { 'Accept-Language': 'es' }

test('a 400 says what is wrong with each field in Spanish when the client asks for Spanish, in English without the header', async () => {
  const invalid = {
    ...buildEvent(),
    title: { en: '', es: '' },
    startDate: '2026-02-30',
    city: 42,
    contactEmails: ['not an email'],
    colour: 'red',
  }

  const spanish = await api.as('editor').request('/api/events', jsonBody('POST', invalid, SPANISH))
  const english = await api.as('editor').request('/api/events', jsonBody('POST', invalid))

  expect(spanish).toMatchObject({
    status: 400,
    body: {
      message: 'Datos no válidos',
      errors: {
        'title.en': 'Complete al menos un idioma',
        startDate: 'Use una fecha real con el formato AAAA-MM-DD',
        city: 'Entrada inválida: se esperaba texto, recibido número',
        'contactEmails.0': 'No es una dirección de correo válida',
        colour: 'Este campo no existe',
      },
    },
  })
  expect(english).toMatchObject({
    status: 400,
    body: {
      message: 'Invalid input',
      errors: {
        'title.en': 'Fill in at least one language',
        startDate: 'Use a real date as YYYY-MM-DD',
        city: 'Invalid input: expected string, received number',
        'contactEmails.0': 'Not a valid email address',
        colour: 'This field does not exist',
      },
    },
  })
})

test("a service's own field message follows the language: an email another account uses", async () => {
  const taken = api.createUser('editor')
  const body = { email: taken.email, fullName: 'Ana Pérez', role: 'editor', password: 'lanterns over the harbour' }

  const spanish = await api.as('admin').request('/api/users', jsonBody('POST', body, SPANISH))
  const english = await api.as('admin').request('/api/users', jsonBody('POST', body))

  expect(spanish).toMatchObject({
    status: 400,
    body: { message: 'Datos no válidos', errors: { email: 'Otra cuenta usa este correo' } },
  })
  expect(english).toMatchObject({
    status: 400,
    body: { message: 'Invalid input', errors: { email: 'Another account uses this email' } },
  })
})

test('a stale edit is a 409 in the language asked for, with the current version in the text', async () => {
  const event = api.insertEvent()
  await api.as('editor').send('PUT', `/api/events/${event.id}`, { ...event, city: 'Managua' })

  const stale = { ...event, city: 'León' }
  const spanish = await api.as('editor').request(`/api/events/${event.id}`, jsonBody('PUT', stale, SPANISH))
  const english = await api.as('editor').request(`/api/events/${event.id}`, jsonBody('PUT', stale))

  expect(spanish).toMatchObject({
    status: 409,
    body: { message: expect.stringMatching(/^Otra persona cambió este evento .*versión 2/), current: { version: 2 } },
  })
  expect(english).toMatchObject({
    status: 409,
    body: { message: expect.stringMatching(/^Someone else changed this event .*version 2/), current: { version: 2 } },
  })
})

test('a workflow step the state forbids is a 409 in the language asked for', async () => {
  const event = eventInState(api, 'archived')

  const spanish = await api
    .as('reviewer')
    .request(`/api/events/${event.id}/unpublish`, { method: 'POST', headers: SPANISH })
  const english = await api.as('reviewer').request(`/api/events/${event.id}/unpublish`, { method: 'POST' })

  expect(spanish).toMatchObject({
    status: 409,
    body: { message: 'No se puede retirar la publicación de un evento que está archivado' },
  })
  expect(english).toMatchObject({ status: 409, body: { message: 'Cannot unpublish an event that is archived' } })
})

test('publishing an incomplete event says what is missing in the language asked for, field names unchanged', async () => {
  const event = api.insertEvent(
    { city: '', modality: 'in_person', institutionIds: [], contactEmails: ['crmst@iom.int'] },
    'in_review',
  )

  const spanish = await api
    .as('reviewer')
    .request(`/api/events/${event.id}/publish`, { method: 'POST', headers: SPANISH })
  const english = await api.as('reviewer').request(`/api/events/${event.id}/publish`, { method: 'POST' })

  expect(spanish).toMatchObject({
    status: 409,
    body: {
      message: 'Aún no se puede publicar: falta city, institutionIds',
      missing: ['city', 'institutionIds'],
      errors: {
        city: 'Indique una ciudad, o haga el evento virtual',
        institutionIds: 'Agregue al menos una institución coordinadora',
      },
    },
  })
  expect(english).toMatchObject({
    status: 409,
    body: {
      message: 'Cannot publish yet: city, institutionIds missing',
      errors: { city: 'Give a city, or make the event virtual' },
    },
  })
})

test('401 and 403 answer in the language asked for', async () => {
  const notSignedIn = await api.anonymous().request('/api/events', { headers: SPANISH })
  const notSignedInEnglish = await api.anonymous().request('/api/events')
  const notAllowed = await api.as('editor').request('/api/users', { headers: SPANISH })
  const notAllowedEnglish = await api.as('editor').request('/api/users')

  expect(notSignedIn).toMatchObject({ status: 401, body: { message: 'Inicie sesión primero' } })
  expect(notSignedInEnglish).toMatchObject({ status: 401, body: { message: 'Sign in first' } })
  expect(notAllowed).toMatchObject({ status: 403, body: { message: 'No tiene permiso para hacer esto' } })
  expect(notAllowedEnglish).toMatchObject({ status: 403, body: { message: 'You are not allowed to do this' } })
})

test('a wrong password at sign-in is a 401 in Spanish for a browser that prefers Spanish', async () => {
  const user = api.createUser('editor')

  const response = await api
    .anonymous()
    .request(
      '/api/auth/login',
      jsonBody(
        'POST',
        { email: user.email, password: 'not the password at all' },
        { 'Accept-Language': 'es-ES,es;q=0.9,en;q=0.8' },
      ),
    )

  expect(response).toMatchObject({ status: 401, body: { message: 'Correo o contraseña incorrectos' } })
})

test('a language the server does not speak, or a preference for English, gets English', async () => {
  const french = await api.anonymous().request('/api/events', { headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' } })
  const englishFirst = await api
    .anonymous()
    .request('/api/events', { headers: { 'Accept-Language': 'en-GB,en;q=0.9,es;q=0.8' } })

  expect(french.body).toEqual({ message: 'Sign in first' })
  expect(englishFirst.body).toEqual({ message: 'Sign in first' })
})

test('a 404 names the record in Spanish', async () => {
  const response = await api.as('editor').request('/api/venues/999999', { headers: SPANISH })

  expect(response).toMatchObject({ status: 404, body: { message: 'Lugar no encontrado' } })
})

test('the results of a bulk step give each refusal in the language asked for', async () => {
  const archived = eventInState(api, 'archived')

  const response = await api
    .as('reviewer')
    .request('/api/events/bulk', jsonBody('POST', { step: 'unpublish', ids: [archived.id] }, SPANISH))

  expect(response).toMatchObject({
    status: 200,
    body: {
      results: [
        { id: archived.id, status: 409, message: 'No se puede retirar la publicación de un evento que está archivado' },
      ],
    },
  })
})

test("a malformed list query's 400 is in the language asked for", async () => {
  const query = `sort=${encodeURIComponent('["colour","ASC"]')}`

  const spanish = await api.as('editor').request(`/api/venues?${query}`, { headers: SPANISH })
  const english = await api.as('editor').request(`/api/venues?${query}`)

  expect(spanish).toMatchObject({
    status: 400,
    body: {
      message: expect.stringMatching(/^No se puede ordenar por "colour"; use uno de /),
      errors: { sort: expect.stringMatching(/^No se puede/) },
    },
  })
  expect(english).toMatchObject({
    status: 400,
    body: { message: expect.stringMatching(/^Cannot sort by "colour"; use one of /) },
  })
})

test('a query parameter outside its choices is named with the allowed values, in the language asked for', async () => {
  const english = await api
    .anonymous()
    .request('/api/public/events.atom?lang=fr', { headers: { 'Accept-Language': 'en' } })
  const spanish = await api.anonymous().request('/api/public/events.json?lang=fr', { headers: SPANISH })

  expect(english).toMatchObject({
    status: 400,
    body: { message: 'Invalid input', errors: { lang: 'lang must be en or es' } },
  })
  expect(spanish).toMatchObject({
    status: 400,
    body: { message: 'Datos no válidos', errors: { lang: 'lang debe ser en o es' } },
  })
})

test('a body value outside its choices lists them plainly, in the language asked for', async () => {
  const invalid = { ...buildEvent(), modality: 'by boat' }

  const spanish = await api.as('editor').request('/api/events', jsonBody('POST', invalid, SPANISH))
  const english = await api.as('editor').request('/api/events', jsonBody('POST', invalid))

  expect(spanish).toMatchObject({
    status: 400,
    body: { errors: { modality: 'modality debe ser uno de: in_person, virtual, hybrid' } },
  })
  expect(english).toMatchObject({
    status: 400,
    body: { errors: { modality: 'modality must be one of: in_person, virtual, hybrid' } },
  })
})
