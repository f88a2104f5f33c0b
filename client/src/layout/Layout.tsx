import AccountCircleIcon from '@mui/icons-material/AccountCircle'
import KeyIcon from '@mui/icons-material/Key'
import { useEffect, type ReactNode } from 'react'
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
import { WorkflowDialogProvider } from '../events/WorkflowDialogProvider'
import { SessionGuard } from '../users/SessionGuard'
import { AppMenu } from './AppMenu'

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

/** The app bar: the page title, the language switcher, the loading indicator and the user menu. */
const CalendarAppBar = () => {
  // The user menu's button shows the user's name: its accessible name must contain it (WCAG 2.5.3).
  const { identity } = useGetIdentity()
  return (
    <AppBar
      toolbar={
        <>
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
      <TitlePortal />
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

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState()
  const translate = useTranslate()
  useRowCheckboxLabels()
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
