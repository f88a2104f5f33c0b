import type { Language } from '@rcm/shared'
import { configure, render } from '@testing-library/react'
import type { ReactNode } from 'react'
import {
  AdminContext,
  memoryStore,
  Notification,
  ResourceContextProvider,
  ResourceDefinitionContextProvider,
  TestMemoryRouter,
  type AuthProvider,
  type DataProvider,
  type ResourceDefinitions,
} from 'react-admin'
import events from '../../client/src/events'
import institutions from '../../client/src/institutions'
import { createI18nProvider } from '../../client/src/providers/i18nProvider'
import venues from '../../client/src/venues'
import { fakeDataProvider } from './fake-data-provider'

// A react-admin page takes a while to render in jsdom, more so when the suite runs in parallel.
configure({ asyncUtilTimeout: 5000 })
/** The same patience for `expect.poll(() => …, POLL)` on what the dataProvider received. */
export const POLL = { timeout: 5000 }

type ResourceModule = typeof events | typeof venues | typeof institutions

const definition = (name: string, resource: ResourceModule) => ({
  name,
  hasList: true,
  hasCreate: true,
  hasEdit: true,
  hasShow: true,
  icon: resource.icon,
  recordRepresentation: resource.recordRepresentation,
})

/** The app's resources as <Admin> registers them: links, record representations and titles work. */
const DEFINITIONS: ResourceDefinitions = {
  events: definition('events', events),
  venues: definition('venues', venues),
  institutions: definition('institutions', institutions),
}

export interface RenderAdminOptions {
  /** Defaults to an empty fakeDataProvider(). */
  dataProvider?: DataProvider
  /** The interface language; defaults to English. */
  locale?: Language
  /** Wraps `ui` in this resource's context, as a <Resource> route would. */
  resource?: string
  /** The router's location, e.g. "/events/7/show"; defaults to "/". */
  path?: string
  /** A signed-in user, e.g. fakeAuthProvider('reviewer'); defaults to none (no access checks). */
  authProvider?: AuthProvider
}

/**
 * Renders `ui` as the app would: react-admin's contexts with the app's
 * i18nProvider (fresh per call), a memory store and router, the app's
 * resource definitions, and the notification area.
 *
 * @example renderAdmin(<VenueEdit id={1} />, { resource: 'venues', dataProvider })
 */
export function renderAdmin(
  ui: ReactNode,
  { dataProvider = fakeDataProvider(), locale = 'en', resource, path = '/', authProvider }: RenderAdminOptions = {},
) {
  const i18nProvider = createI18nProvider(locale)
  const view = render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        <ResourceDefinitionContextProvider definitions={DEFINITIONS}>
          {resource ? <ResourceContextProvider value={resource}>{ui}</ResourceContextProvider> : ui}
          <Notification />
        </ResourceDefinitionContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  )
  return { ...view, dataProvider, i18nProvider }
}
