import { defaultLightTheme, type RaThemeOptions } from 'react-admin'

/** react-admin's light theme in institutional blues (the app bar takes the secondary colour). */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1d4f91' },
    secondary: { main: '#173a66' },
  },
}
