import { lazy } from 'react'
import { Route } from 'react-router-dom'
import {
  Admin,
  CustomRoutes,
  Resource,
  useTranslate,
  type AuthProvider,
  type DataProvider,
  type I18nProvider,
  type Store,
} from 'react-admin'
import auditLog from './audit-log'
import events from './events'
import institutions from './institutions'
import { Layout } from './layout/Layout'
import { LoginPage } from './layout/LoginPage'
import { theme } from './layout/theme'
import { dataProvider as apiDataProvider } from './providers/dataProvider'
import { i18nProvider as appI18nProvider } from './providers/i18nProvider'
// list sorts, filters and saved queries kept per user on the server (issue 17 §6)
import { authProvider as apiAuthProvider, store as appStore } from './preferences/appPreferences'
import schedules from './schedules'
import users from './users'
import venues from './venues'
import webhooks from './webhooks'
import presidencies from './taxonomy/presidencies'
import { countries, eventTypes, networks } from './taxonomy'

const ChangePassword = lazy(() => import('./layout/ChangePassword'))
const AccountPage = lazy(() => import('./users/AccountPage'))
const ImportPage = lazy(() => import('./import/ImportPage'))
const Dashboard = lazy(() => import('./dashboard/Dashboard'))
const CalendarPage = lazy(() => import('./calendar/CalendarPage'))
const NotificationsPage = lazy(() => import('./notifications/NotificationsPage'))

/** The app's name, shown by the pages without a title of their own (not found, errors), in the interface language. */
const AppTitle = () => {
  const translate = useTranslate()
  return <>{translate('rcm.title')}</>
}

/** The providers are props so that tests can render the whole app against fakes. */
export interface AppProps {
  dataProvider?: DataProvider
  authProvider?: AuthProvider
  i18nProvider?: I18nProvider
  store?: Store
}

/**
 * Every page needs a signed-in user; the menu, pages and buttons follow the
 * role through authProvider.canAccess (users, the audit log and webhooks: admins only).
 */
export const App = ({
  dataProvider = apiDataProvider,
  authProvider = apiAuthProvider,
  i18nProvider = appI18nProvider,
  store = appStore,
}: AppProps) => (
  <Admin
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="events" {...events} />
    <Resource name="venues" {...venues} />
    <Resource name="institutions" {...institutions} />
    {/* presidencies, types, networks and countries (issue 18 §3) */}
    <Resource name="presidencies" {...presidencies} />
    <Resource name="event-types" {...eventTypes} />
    <Resource name="networks" {...networks} />
    <Resource name="countries" {...countries} />
    <Resource name="schedules" {...schedules} />
    <Resource name="users" {...users} />
    <Resource name="audit-log" {...auditLog} />
    <Resource name="webhooks" {...webhooks} />
    <Resource name="webhook-deliveries" />
    <Resource name="revisions" />
    <CustomRoutes>
      <Route path="/password" element={<ChangePassword />} />
      <Route path="/account" element={<AccountPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/notifications" element={<NotificationsPage />} />
    </CustomRoutes>
  </Admin>
)
