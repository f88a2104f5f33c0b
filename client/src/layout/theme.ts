import { defaultLightTheme, type RaThemeOptions } from 'react-admin'

/** react-admin's light theme in institutional blues (the app bar takes the secondary colour). */
export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1d4f91' },
    secondary: { main: '#173a66' },
    // Darker than MUI's defaults so that text in these colours on white meets WCAG AA (4.5:1).
    warning: { main: '#a15c07', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    success: { main: '#1b6e32' },
  },
}
