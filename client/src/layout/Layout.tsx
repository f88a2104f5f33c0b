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
  useTranslate,
  useUserMenu,
} from 'react-admin'
import { NotificationsBell } from '../notifications/NotificationsBell'
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

/** The app bar: the page title, the notices' bell, the language switcher, the loading indicator and the user menu. */
const CalendarAppBar = () => (
  <AppBar
    toolbar={
      <>
        <NotificationsBell />
        <LocalesMenuButton />
        <LoadingIndicator />
      </>
    }
    userMenu={
      <UserMenu>
        <AccountItem />
        <ChangePasswordItem />
        <Logout />
      </UserMenu>
    }
  >
    <TitlePortal />
  </AppBar>
)

export const Layout = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState()
  const translate = useTranslate()
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
