import AccountCircleIcon from '@mui/icons-material/AccountCircle'
import KeyIcon from '@mui/icons-material/Key'
import { Box, useMediaQuery } from '@mui/material'
import { enUS, esES } from '@mui/material/locale'
import { createTheme, ThemeProvider, type Theme } from '@mui/material/styles'
import { isLanguage } from '@rcm/shared'
import { useCallback, useEffect, useRef, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'
import {
  AppBar,
  Layout as RaLayout,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  MenuItemLink,
  TitlePortal,
  UserMenu,
  useLocaleState,
  useGetIdentity,
  useTranslate,
  useUserMenu,
} from 'react-admin'
import { NotificationsBell } from '../notifications/NotificationsBell'
import { WorkflowDialogProvider } from '../events/WorkflowDialogProvider'
import { SessionGuard } from '../users/SessionGuard'
import { AppMenu } from './AppMenu'
import { Logo } from './Logo'
import { useDocumentLanguage } from './useDocumentLanguage'

const ChangePasswordItem = () => {
  const userMenu = useUserMenu()
  return (
    <MenuItemLink
      to="/password"
      primaryText="rcm.password.title"
      leftIcon={<KeyIcon fontSize="small" />}
      onClick={() => userMenu?.onClose()}
    />
  )
}

const AccountItem = () => {
  const userMenu = useUserMenu()
  return (
    <MenuItemLink
      to="/account"
      primaryText="rcm.account.menu"
      leftIcon={<AccountCircleIcon fontSize="small" />}
      onClick={() => userMenu?.onClose()}
    />
  )
}

/** The app bar: the page title, the notices' bell, the language switcher, the loading indicator and the user menu. */
const CalendarAppBar = () => {
  // The user menu's button shows the user's name: its accessible name must contain it (WCAG 2.5.3).
  const { identity } = useGetIdentity()
  // From `sm` the button shows the name, so its name is the name; below, an icon alone, named "Profile" in the
  // interface language (react-admin names it in English when the label is not a catalogue key).
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'))
  return (
    <AppBar
      toolbar={
        <>
          <NotificationsBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
      userMenu={
        <UserMenu label={showsName && identity?.fullName ? identity.fullName : 'ra.auth.user_menu'}>
          <AccountItem />
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    >
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, mr: 1 }}>
        <Logo size={32} />
      </Box>
      {/* The page's title; on a phone it wraps to two lines. */}
      <TitlePortal
        sx={{
          // At most two lines on a phone: a long event title would otherwise push the page's buttons away.
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
          display: { xs: '-webkit-box', sm: 'block' },
          WebkitLineClamp: 2,
          WebkitBoxOrient: 'vertical',
          maxHeight: { xs: '2.5em', sm: 'none' },
          fontSize: { xs: '1rem', sm: '1.25rem' },
          lineHeight: 1.25,
        }}
      />
    </AppBar>
  )
}

/**
 * react-admin labels a list row's checkbox on its wrapper, where the label
 * names nothing (axe: aria-prohibited-attr) and leaves the checkbox itself
 * unnamed: the label is moved onto the input, as rows appear.
 */
function useRowCheckboxLabels() {
  useEffect(() => {
    const relabel = () => {
      for (const wrapper of document.querySelectorAll('.select-item[aria-label]')) {
        const input = wrapper.querySelector('input')
        const label = wrapper.getAttribute('aria-label')
        if (input && label) input.setAttribute('aria-label', label)
        wrapper.removeAttribute('aria-label')
      }
    }
    relabel()
    const observer = new MutationObserver(relabel)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    })
    return () => observer.disconnect()
  }, [])
}

/**
 * After the user goes to another page, focus moves to the start of its
 * content (the page's toolbar, then its heading), as a page load would put a
 * screen reader at the top: without it, focus stays on the link that was
 * followed, now gone, and the next Tab starts from the top of the document,
 * through the whole menu.
 */
function useFocusContentOnNavigation() {
  const { pathname } = useLocation()
  const firstPage = useRef(true)
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false
      return
    }
    const frame = requestAnimationFrame(() => {
      // A dialog that opened with the page keeps the focus it took.
      if (document.activeElement?.closest('[role="dialog"]')) return
      const content = document.getElementById('main-content')
      if (content && !content.hasAttribute('tabindex')) content.setAttribute('tabindex', '-1')
      content?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}

/**
 * MUI's own texts (pagination's "Go to next page", an autocomplete's "Open", an alert's "Close") in each language;
 * MUI's Spanish names the autocomplete's button "Abierto" (opened), where it means the verb.
 */
const MUI_LOCALES = {
  en: enUS,
  es: {
    components: {
      ...esES.components,
      MuiAutocomplete: { defaultProps: { ...esES.components?.MuiAutocomplete?.defaultProps, openText: 'Abrir' } },
    },
  },
}

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState()
  const translate = useTranslate()
  const language = isLanguage(locale) ? locale : 'en'
  const searchName = translate('ra.action.search')
  const withMuiTexts = useCallback(
    (outer: Theme) =>
      createTheme(outer, MUI_LOCALES[language], {
        // A list's search box shows only a placeholder, which a screen reader may not read as its name.
        components: { RaSearchInput: { defaultProps: { inputProps: { 'aria-label': searchName } } } },
      }),
    [language, searchName],
  )
  useRowCheckboxLabels()
  useFocusContentOnNavigation()
  useDocumentLanguage()
  return (
    // The content takes focus after a navigation (useFocusContentOnNavigation): no ring around the whole page.
    <ThemeProvider theme={withMuiTexts}>
      <RaLayout appBar={CalendarAppBar} menu={AppMenu} sx={{ '& #main-content:focus': { outline: 'none' } }}>
        <WorkflowDialogProvider>{children}</WorkflowDialogProvider>
        <SessionGuard />
      </RaLayout>
    </ThemeProvider>
  )
}
