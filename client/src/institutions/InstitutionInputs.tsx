import { zodResolver } from '@hookform/resolvers/zod'
import { InstitutionInputSchema, LANGUAGES } from '@rcm/shared'
import { TextInput, TranslatableInputs } from 'react-admin'
import { keepText } from '../common/keepText'
import { useLanguage } from '../common/useLocalized'

/** The shared schema checks the form; the server checks the same one. */
export const institutionResolver = zodResolver(InstitutionInputSchema)

/** Name and acronym, one tab per language ("International Organization for Migration", IOM / OIM). */
export const InstitutionInputs = () => {
  const language = useLanguage()
  return (
    <TranslatableInputs locales={[...LANGUAGES]} defaultLocale={language} fullWidth>
      <TextInput source="name" parse={keepText} />
      <TextInput source="acronym" parse={keepText} sx={{ maxWidth: 240 }} />
    </TranslatableInputs>
  )
}
