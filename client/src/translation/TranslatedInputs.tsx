import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material'
import { Children, Fragment, isValidElement, type ReactNode, useMemo } from 'react'
import { SourceContextProvider, TranslatableInputs, useSourceContext, useStore, useTranslate } from 'react-admin'
import { useLanguage } from '../common/useLocalized'
import { LANGUAGES } from '@rcm/shared'
import { StaleTextNotice } from './StaleTextNotice'

export type TranslationLayout = 'tabs' | 'side-by-side'

/** The editor's choice, kept in this browser with react-admin's other preferences. */
export const useTranslationLayout = () => useStore<TranslationLayout>('rcm.translation.layout', 'tabs')

interface TranslatedInputsProps {
  /** Keeps the ids and error markers of each group of tabs apart (the field's full path). */
  groupKey: string
  /** Inputs with a `source` naming an `{en, es}` text, e.g. `<TextInput source="title" />`. */
  children: ReactNode
}

/** Each input followed by its "may be out of date" mark, so the mark sits right under the field it concerns. */
const withStaleMarks = (children: ReactNode) =>
  Children.toArray(children).map((child, row) =>
    isValidElement<{ source?: unknown }>(child) && typeof child.props.source === 'string' ? (
      <Fragment key={child.key ?? row}>
        {child}
        <StaleTextNotice source={child.props.source} />
      </Fragment>
    ) : (
      child
    ),
  )

/**
 * `{en, es}` inputs either as one tab per language (the interface's open
 * first) or, for a translator working through an event item by item, each
 * input with its English and Spanish side by side (stacked on a phone). Under
 * each input, its "may be out of date" mark, if it has one.
 */
export const TranslatedInputs = ({ groupKey, children }: TranslatedInputsProps) => {
  const [layout] = useTranslationLayout()
  const defaultLocale = useLanguage()
  if (layout === 'tabs') {
    return (
      <TranslatableInputs locales={[...LANGUAGES]} defaultLocale={defaultLocale} groupKey={groupKey} fullWidth>
        {withStaleMarks(children)}
      </TranslatableInputs>
    )
  }
  return (
    <Box sx={{ width: '100%' }}>
      {withStaleMarks(children).map((child, row) => (
        <Box
          key={row}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}
        >
          {LANGUAGES.map((language) => (
            <InLanguage key={language} language={language}>
              {child}
            </InLanguage>
          ))}
        </Box>
      ))}
    </Box>
  )
}

/** One column: its inputs write `<source>.<language>`, and the column is named by its language. */
const InLanguage = ({ language, children }: { language: string; children: ReactNode }) => {
  const translate = useTranslate()
  const parent = useSourceContext()
  const source = useMemo(
    () => ({
      getSource: (name: string) => parent.getSource(`${name}.${language}`),
      getLabel: (name: string) => parent.getLabel(name),
    }),
    [parent, language],
  )
  const name = translate(`ra.locales.${language}`)
  return (
    <Box role="group" aria-label={name} sx={{ minWidth: 0 }}>
      <Typography variant="overline" component="p" color="text.secondary" aria-hidden>
        {name}
      </Typography>
      <SourceContextProvider value={source}>{children}</SourceContextProvider>
    </Box>
  )
}

/** The switch between the two layouts, at the top of a form with texts in both languages. */
export const TranslationLayoutSwitch = () => {
  const translate = useTranslate()
  const [layout, setLayout] = useTranslationLayout()
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={layout}
      aria-label={translate('rcm.translation.layout')}
      onChange={(_, value: TranslationLayout | null) => {
        if (value !== null) setLayout(value)
      }}
    >
      <ToggleButton value="tabs">{translate('rcm.translation.layout_tabs')}</ToggleButton>
      <ToggleButton value="side-by-side">{translate('rcm.translation.layout_side_by_side')}</ToggleButton>
    </ToggleButtonGroup>
  )
}
