import { otherLanguage, type StaleText } from '@rcm/shared'
import { Alert, Button } from '@mui/material'
import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslate } from 'react-admin'

const NONE: StaleText[] = []

/**
 * Under a text in both languages: which language may no longer say what the
 * other says (its other language changed after it was written), with a button
 * that confirms it is up to date. Editing that language clears the mark too,
 * on save (shared/src/translation.ts, `staleTextsAfter`).
 */
export const StaleTextNotice = ({ path }: { path: string }) => {
  const translate = useTranslate()
  const { setValue } = useFormContext()
  const marks = (useWatch({ name: 'staleTexts' }) as StaleText[] | undefined) ?? NONE
  const here = marks.filter((mark) => mark.path === path)
  if (here.length === 0) return null
  return (
    <>
      {here.map(({ language }) => {
        const args = { lang: language.toUpperCase(), other: otherLanguage(language).toUpperCase() }
        const confirm = () =>
          setValue(
            'staleTexts',
            marks.filter((mark) => mark !== here.find((m) => m.language === language)),
            { shouldDirty: true },
          )
        return (
          <Alert
            key={language}
            severity="warning"
            sx={{ width: '100%', mb: 1, py: 0 }}
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
