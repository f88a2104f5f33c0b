import { LANGUAGES, untranslatedTexts, type Event } from '@rcm/shared'
import { Chip, Stack } from '@mui/material'
import { useRecordContext, useTranslate } from 'react-admin'

/**
 * One chip per language: "EN" when every text of the event is written in it,
 * "ES · 3" with how many are missing otherwise (the `incompleteLanguage` filter's rule).
 */
export const LanguageCompletenessField = () => {
  const record = useRecordContext<Event>()
  const translate = useTranslate()
  if (!record) return null
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {LANGUAGES.map((lang) => {
        const missing = untranslatedTexts(record, lang).length
        const name = lang.toUpperCase()
        const said =
          missing === 0
            ? translate('rcm.translation.complete', { lang: name })
            : translate('rcm.translation.incomplete', { lang: name, smart_count: missing })
        return (
          <Chip
            key={lang}
            size="small"
            variant={missing === 0 ? 'outlined' : 'filled'}
            color={missing === 0 ? 'success' : 'warning'}
            label={missing === 0 ? name : `${name} · ${missing}`}
            title={said}
            aria-label={said}
          />
        )
      })}
    </Stack>
  )
}
