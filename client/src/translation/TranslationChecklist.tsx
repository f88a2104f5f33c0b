import { LANGUAGES, untranslatedTexts, type StaleText, type TranslatableEvent } from '@rcm/shared'
import TranslateIcon from '@mui/icons-material/Translate'
import { Alert, AlertTitle, List, ListItem } from '@mui/material'
import { useTranslate } from 'react-admin'

/** A text's place in the form, in words: "Objectives, section 1, item 2". */
export function useTextPlace(): (path: string) => string {
  const translate = useTranslate()
  return (path) => {
    // objectives.S.heading | objectives.S.intro | objectives.S.items.I.text | objectives.S.items.I.items.J.text
    const [root, section, part, item, sub, subItem] = path.split('.')
    if (root !== 'objectives') return translate(`resources.events.fields.${path}`)
    const words = [
      translate('resources.events.fields.objectives'),
      translate('rcm.translation.section', { n: Number(section) + 1 }),
    ]
    if (part === 'heading' || part === 'intro') words.push(translate(`rcm.translation.${part}`))
    if (part === 'items') words.push(translate('rcm.translation.item', { n: Number(item) + 1 }))
    if (sub === 'items') words.push(translate('rcm.translation.sub_item', { n: Number(subItem) + 1 }))
    return words.join(', ')
  }
}

/**
 * Which texts are written in one language only, and which may be out of date
 * in one language, per language, so that a reviewer does not publish a
 * Spanish page that silently falls back to English or says less than the
 * English one.
 */
export const TranslationChecklist = ({
  event,
}: {
  event: TranslatableEvent & { staleTexts?: readonly StaleText[] }
}) => {
  const translate = useTranslate()
  const place = useTextPlace()
  const missing = LANGUAGES.map((lang) => ({ lang, paths: untranslatedTexts(event, lang) })).filter(
    ({ paths }) => paths.length > 0,
  )
  const stale = LANGUAGES.map((lang) => ({
    lang,
    paths: (event.staleTexts ?? []).filter((mark) => mark.language === lang).map((mark) => mark.path),
  })).filter(({ paths }) => paths.length > 0)
  if (missing.length === 0 && stale.length === 0) return null
  return (
    <Alert severity="warning" icon={<TranslateIcon fontSize="inherit" />} sx={{ my: 1 }} role="status">
      {missing.length > 0 && <AlertTitle>{translate('rcm.translation.checklist_title')}</AlertTitle>}
      <List dense disablePadding>
        {missing.map(({ lang, paths }) => (
          <ListItem key={lang} disableGutters sx={{ display: 'block' }}>
            {translate('rcm.translation.incomplete', { lang: lang.toUpperCase(), smart_count: paths.length })}
            {': '}
            {paths.map(place).join('; ')}
          </ListItem>
        ))}
      </List>
      {stale.length > 0 && (
        <AlertTitle sx={{ mt: missing.length > 0 ? 1 : 0 }}>{translate('rcm.translation.stale_title')}</AlertTitle>
      )}
      <List dense disablePadding>
        {stale.map(({ lang, paths }) => (
          <ListItem key={lang} disableGutters sx={{ display: 'block' }}>
            {lang.toUpperCase()}
            {': '}
            {paths.map(place).join('; ')}
          </ListItem>
        ))}
      </List>
    </Alert>
  )
}
