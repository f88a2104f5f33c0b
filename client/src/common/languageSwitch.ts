/**
 * react-admin re-mounts every page when the interface language changes
 * (ra-core's I18nContextProvider changes its `key`), so an open form is
 * unmounted and mounted again. The i18nProvider notes the moment here, so
 * that FormDraftKeeper puts what was typed back at once, as if nothing had
 * happened, instead of saying that the user left the form.
 */
let switchedAt = Number.NEGATIVE_INFINITY

/** The re-mount follows the switch at once: the catalogues are in the bundle. */
const REMOUNT_MS = 2_000

export function noteLanguageSwitch(): void {
  switchedAt = Date.now()
}

/** Whether the pages are being re-mounted by a language switch now. */
export function isLanguageSwitching(): boolean {
  return Date.now() - switchedAt < REMOUNT_MS
}

/** Whether a copy of a form was written after the last switch: by the form that the switch unmounted. */
export function writtenSinceLanguageSwitch(savedAt: string): boolean {
  return Date.parse(savedAt) >= switchedAt
}
