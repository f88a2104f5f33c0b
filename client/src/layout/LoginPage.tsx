import { Box } from '@mui/material'
import { LocalesMenuButton, Login, LoginForm } from 'react-admin'

/** react-admin's sign-in form (texts from the catalogues), with the language switcher. */
export const LoginPage = () => (
  <Login>
    <LoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
      <LocalesMenuButton />
    </Box>
  </Login>
)
