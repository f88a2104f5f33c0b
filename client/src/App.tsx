import { Admin, Resource, type DataProvider, type I18nProvider, type Store } from 'react-admin'
import events from './events'
import institutions from './institutions'
import { Layout } from './layout/Layout'
import { theme } from './layout/theme'
import { dataProvider as apiDataProvider } from './providers/dataProvider'
import { i18nProvider as appI18nProvider } from './providers/i18nProvider'
import { store as appStore } from './providers/store'
import venues from './venues'

/** The providers are props so that tests can render the whole app against fakes. */
export interface AppProps {
  dataProvider?: DataProvider
  i18nProvider?: I18nProvider
  store?: Store
}

// Sign-in comes later: it will add authProvider={authProvider} and turn requireAuth on.
export const App = ({ dataProvider = apiDataProvider, i18nProvider = appI18nProvider, store = appStore }: AppProps) => (
  <Admin
    title="RCM events calendar"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    store={store}
    layout={Layout}
    theme={theme}
    requireAuth={false}
    disableTelemetry
  >
    <Resource name="events" {...events} />
    <Resource name="venues" {...venues} />
    <Resource name="institutions" {...institutions} />
  </Admin>
)
