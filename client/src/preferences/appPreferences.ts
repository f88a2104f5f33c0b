import { authProvider as apiAuthProvider } from '../providers/authProvider'
import { store as browserStore } from '../providers/store'
import { createPreferencesApi } from './preferencesApi'
import { withServerPreferences } from './serverPreferences'

/** The app's authProvider and store, with each user's list preferences kept on the server. */
export const { authProvider, store } = withServerPreferences({
  authProvider: apiAuthProvider,
  store: browserStore,
  api: createPreferencesApi(),
})
