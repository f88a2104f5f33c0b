import { useEffect, type ReactNode } from 'react'
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal, useLocaleState } from 'react-admin'

/** The app bar: the page title, the language switcher and the loading indicator (the user menu shows once there is an authProvider). */
const CalendarAppBar = () => (
  <AppBar
    toolbar={
      <>
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
  >
    <TitlePortal />
  </AppBar>
)

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState()
  // Screen readers and the browser's spell-checker follow <html lang>.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  return <RaLayout appBar={CalendarAppBar}>{children}</RaLayout>
}
