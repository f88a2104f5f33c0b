import simpleRestProvider from 'ra-data-simple-rest'
import { fetchUtils, HttpError, type DataProvider } from 'react-admin'

type HttpClient = typeof fetchUtils.fetchJson

/** fetchJson with the session cookie; a 4xx/5xx rejects with an HttpError carrying the JSON body. */
export const httpClient: HttpClient = (url, options = {}) => fetchUtils.fetchJson(url, { ...options, credentials: 'include' })

/**
 * The API through ra-data-simple-rest, as the CONTRACT requires. A 409 on
 * update means the record changed since it was read: its message becomes a
 * translated "reload" notification, status and body kept.
 */
export function createDataProvider(apiUrl = '/api', client: HttpClient = httpClient): DataProvider {
  const base = simpleRestProvider(apiUrl, client)
  return {
    ...base,
    update: (resource, params) =>
      base.update(resource, params).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 409) {
          throw new HttpError('rcm.notification.conflict', error.status, error.body)
        }
        throw error
      }),
  }
}

export const dataProvider = createDataProvider()
