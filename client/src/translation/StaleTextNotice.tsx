import { otherLanguage, type StaleText } from '@rcm/shared'
import { Alert, Button } from '@mui/material'
import { useContext } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { TranslatableContext, useSourceContext, useTranslate } from 'react-admin'

const NONE: StaleText[] = []

/**
 * Right under one input of a TranslatedInputs group (which places it): which
 * language of the text may no longer say what the other says (its other
 * language changed after it was written), with a button that confirms it is
 * up to date. Editing that language clears the mark too, on save
 * (shared/src/translation.ts, `staleTextsAfter`).
 *
 * Its source context names the text and the language of its tab or column
 * (`title.es`). With tabs, the open tab shows every mark of the text; side by
 * side, each column shows its own language's.
 */
export const StaleTextNotice = ({ source }: { source: string }) => {
  const translate = useTranslate()
  const { setValue } = useFormContext()
  const marks = (useWatch({ name: 'staleTexts' }) as StaleText[] | undefined) ?? NONE
  const tabs = useContext(TranslatableContext)
  const full = useSourceContext().getSource(source)
  const cut = full.lastIndexOf('.')
  const [path, column] = [full.slice(0, cut), full.slice(cut + 1)]
  if (tabs && tabs.selectedLocale !== column) return null
  const here = marks.filter((mark) => mark.path === path && (tabs !== undefined || mark.language === column))
  if (here.length === 0) return null
  return (
    <>
      {here.map((stale) => {
        const args = { lang: stale.language.toUpperCase(), other: otherLanguage(stale.language).toUpperCase() }
        const confirm = () =>
          setValue(
            'staleTexts',
            marks.filter((mark) => mark.path !== stale.path || mark.language !== stale.language),
            { shouldDirty: true },
          )
        return (
          <Alert
            key={stale.language}
            severity="warning"
            sx={{
              width: '100%',
              boxSizing: 'border-box',
              mb: 1,
              py: 0,
              // On a phone the confirm button goes on its own line under the text rather than squeezing it.
              flexWrap: { xs: 'wrap', sm: 'nowrap' },
              '& .MuiAlert-message': { flex: '1 1 0', minWidth: 0, overflowWrap: 'anywhere' },
              '& .MuiAlert-action': {
                flexBasis: { xs: '100%', sm: 'auto' },
                justifyContent: 'flex-end',
                ml: { xs: 0, sm: 'auto' },
                pt: { xs: 0, sm: 0.5 },
                pb: { xs: 0.5, sm: 0 },
              },
            }}
            action={
              <Button color="inherit" size="small" onClick={confirm}>
                {translate('rcm.translation.stale_confirm', args)}
              </Button>
            }
          >
            {translate('rcm.translation.stale', args)}
          </Alert>
        )
      })}
    </>
  )
}
