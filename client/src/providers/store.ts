import { localStorageStore } from 'react-admin'

/**
 * react-admin's preferences (list filters and sorts, the chosen language),
 * kept in localStorage. Shared with i18nProvider, which opens in the stored
 * language without waiting for a first render.
 */
export const store = localStorageStore()
