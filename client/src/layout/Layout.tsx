import AccountCircleIcon from '@mui/icons-material/AccountCircle'
import KeyIcon from '@mui/icons-material/Key'
import { Box } from '@mui/material'
import { useEffect, useRef, type ReactNode } from 'react'
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
        <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
          <AccountItem />
          <ChangePasswordItem />
          <Logout />
        </UserMenu>
      }
    >
      <Box sx={{ display: { xs: 'none', sm: 'flex' }, mr: 1 }}>
        <Logo size={32} />
      </Box>
      {/* The page's title, where focus goes after a navigation when the page has no heading of its own. On a phone it
          wraps rather than losing its end. */}
      <TitlePortal
        tabIndex={-1}
        sx={{
          outline: 'none',
          whiteSpace: { xs: 'normal', sm: 'nowrap' },
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
 * After the user goes to another page, focus moves to its heading (its h1,
 * else the title in the app bar), as a page
 * load would put a screen reader at the top: without it, focus stays on the
 * link that was followed, now gone, and the next Tab starts from the top of
 * the document.
 */
function useFocusHeadingOnNavigation() {
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
      const heading =
        document.querySelector<HTMLElement>('#main-content h1') ?? document.getElementById('react-admin-title')
      if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading?.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState()
  const translate = useTranslate()
  useRowCheckboxLabels()
  useFocusHeadingOnNavigation()
  // Screen readers and the browser's spell-checker follow <html lang>; the tab and bookmarks show <title>.
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = translate('rcm.title')
  }, [locale, translate])
  return (
    <RaLayout appBar={CalendarAppBar} menu={AppMenu}>
      <WorkflowDialogProvider>{children}</WorkflowDialogProvider>
      <SessionGuard />
    </RaLayout>
  )
}
