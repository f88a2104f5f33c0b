import type { Institution } from '@rcm/shared'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { jsonBody, startTestApi, type TestApi } from '../support/api'
import { buildInstitution } from '../support/builders'
import { listIds } from '../support/list-ids'

let api: TestApi
beforeEach(async () => {
  api = await startTestApi()
})
afterEach(() => api.close())

const list = (filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }) =>
  listIds(api, 'institutions', filter, sort)

const iomData = {
  name: { en: 'International Organization for Migration', es: 'Organización Internacional para las Migraciones' },
  acronym: { en: 'IOM', es: 'OIM' },
}

test('runs the whole data provider contract: create, getOne, getMany, getList, update, delete', async () => {
  const { data: created } = await api.dataProvider.create<Institution>('institutions', { data: iomData })
  const other = api.insertInstitution()

  expect(created).toEqual({ id: expect.any(Number), ...iomData })
  expect((await api.dataProvider.getOne<Institution>('institutions', { id: created.id })).data).toEqual(created)
  expect(
    (await api.dataProvider.getMany<Institution>('institutions', { ids: [created.id, other.id] })).data,
  ).toHaveLength(2)
  expect(await list({})).toEqual({ ids: [created.id, other.id], total: 2 })

  const { data: updated } = await api.dataProvider.update<Institution>('institutions', {
    id: created.id,
    data: { ...created, acronym: { en: 'IOM', es: 'OIM-ONU' } },
    previousData: created,
  })
  expect(updated.acronym).toEqual({ en: 'IOM', es: 'OIM-ONU' })

  const { data: deleted } = await api.dataProvider.delete<Institution>('institutions', {
    id: created.id,
    previousData: updated,
  })
  expect(deleted).toEqual(updated)
  expect(await list({})).toEqual({ ids: [other.id], total: 1 })
})

test('creates with 201 and a missing acronym as empty texts', async () => {
  const response = await api.request('/api/institutions', jsonBody('POST', { name: { en: 'Ministry of Labour' } }))

  expect(response).toMatchObject({
    status: 201,
    body: { name: { en: 'Ministry of Labour', es: '' }, acronym: { en: '', es: '' } },
  })
})

test('searches names and acronyms in both languages, accents ignored, last word a prefix', async () => {
  const iom = api.insertInstitution(iomData)
  const icrc = api.insertInstitution({
    name: { en: 'International Committee of the Red Cross', es: 'Comité Internacional de la Cruz Roja' },
    acronym: { en: 'ICRC', es: 'CICR' },
  })

  expect((await list({ q: 'oim' })).ids).toEqual([iom.id])
  expect((await list({ q: 'organizacion migr' })).ids).toEqual([iom.id])
  expect((await list({ q: 'comite' })).ids).toEqual([icrc.id])
  expect((await list({ q: 'international' })).ids).toEqual([iom.id, icrc.id])
  expect((await list({ q: 'international cr' })).ids).toEqual([icrc.id])
})

test('filters by ids and sorts by name and acronym', async () => {
  const iom = api.insertInstitution(iomData)
  const ilo = api.insertInstitution({
    name: { en: 'International Labour Organization', es: 'Organización Internacional del Trabajo' },
    acronym: { en: 'ILO', es: 'OIT' },
  })
  const acnur = api.insertInstitution({
    name: { en: '', es: 'Alto Comisionado de las Naciones Unidas para los Refugiados' },
    acronym: { en: '', es: 'ACNUR' },
  })

  expect((await list({ id: [ilo.id] })).ids).toEqual([ilo.id])
  expect((await list({}, { field: 'name', order: 'ASC' })).ids).toEqual([acnur.id, ilo.id, iom.id])
  expect((await list({}, { field: 'acronym', order: 'ASC' })).ids).toEqual([acnur.id, ilo.id, iom.id])
  expect((await list({}, { field: 'acronym.es', order: 'DESC' })).ids).toEqual([ilo.id, iom.id, acnur.id])
})

test('rejects invalid input with field errors', async () => {
  const response = await api.request(
    '/api/institutions',
    jsonBody('POST', { name: { en: ' ', es: '' }, acronym: 'IOM' }),
  )

  expect(response).toMatchObject({
    status: 400,
    body: { errors: { 'name.en': expect.any(String), acronym: expect.any(String) } },
  })
})

test('refuses to delete an institution that events use, naming how many, and keeps it', async () => {
  const institution = api.insertInstitution()
  api.insertEvent({ institutionIds: [institution.id] })

  const error = await api.dataProvider
    .delete('institutions', { id: institution.id, previousData: institution })
    .catch((caught: unknown) => caught)

  expect(error).toMatchObject({ status: 409, body: { message: expect.stringContaining('Used by 1 event') } })
  expect((await api.dataProvider.getOne<Institution>('institutions', { id: institution.id })).data).toEqual(institution)
})

test('answers 404 for institutions that do not exist', async () => {
  expect(await api.request('/api/institutions/12')).toMatchObject({
    status: 404,
    body: { message: 'Institution not found' },
  })
  expect(await api.request('/api/institutions/-3')).toMatchObject({ status: 404 })
  expect(await api.request('/api/institutions/12', jsonBody('PUT', buildInstitution()))).toMatchObject({ status: 404 })
  expect(await api.request('/api/institutions/12', { method: 'DELETE' })).toMatchObject({ status: 404 })
})
