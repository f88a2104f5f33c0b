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
  components: {
    ...defaultLightTheme.components,
    // react-admin's spinners carry no name; a theme cannot know the interface language, so the name has both.
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Loading · Cargando' } },
    // A long label (a status, an institution's full name) wraps instead of pushing a phone's page sideways.
    MuiChip: {
      styleOverrides: {
        root: { maxWidth: '100%', height: 'auto', minHeight: 24 },
        // break-word, not anywhere: a word ("Publicado") is never cut in two to make its column narrower.
        label: { whiteSpace: 'normal', overflowWrap: 'break-word', paddingTop: 2, paddingBottom: 2 },
      },
    },
    // Buttons, menu items, tabs and checkboxes show keyboard focus only by a faint tint: a clear ring instead
    // (WCAG 2.4.7), blue outside for a white page, white inside for the dark app bar.
    MuiButtonBase: {
      styleOverrides: {
        root: {
          '&.Mui-focusVisible': { outline: '2px solid #1d4f91', outlineOffset: 2, boxShadow: '0 0 0 2px #ffffff' },
        },
      },
    },
    // A toggle button (the rich-text toolbar's, the layout switch's) shows keyboard focus only by a faint tint: a
    // clear ring in the primary colour instead (WCAG 2.4.7).
    MuiToggleButton: {
      styleOverrides: {
        root: { '&.Mui-focusVisible': { outline: '2px solid #1d4f91', outlineOffset: 1, zIndex: 1 } },
      },
    },
    // With nothing selected the bulk actions are folded to no height, but their buttons stayed in the tab order.
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
    // Below `md` the "Create" button floats over the bottom right corner (56 px high, 16 px up): room below the
    // last row and the pager keeps them readable once scrolled to the end.
    RaList: { styleOverrides: { root: { '@media (max-width: 899.95px)': { paddingBottom: 88 } } } },
    // On a phone the language button is its icon alone, leaving the app bar's width to the page's title; the
    // language's name stays in the button (hidden by its size), so it keeps its accessible name.
    RaLocalesMenuButton: {
      styleOverrides: {
        root: {
          '@media (max-width: 599.95px)': {
            '& .MuiButton-root': { minWidth: 0, fontSize: 0 },
            '& .MuiButton-startIcon': { margin: 0 },
            '& .MuiButton-startIcon > *:nth-of-type(1)': { fontSize: 24 },
            '& .MuiButton-endIcon': { display: 'none' },
          },
        },
      },
    },
  },
}
