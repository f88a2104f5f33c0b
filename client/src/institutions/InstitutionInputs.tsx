import { zodResolver } from '@hookform/resolvers/zod'
import { InstitutionInputSchema } from '@rcm/shared'
import { TextInput } from 'react-admin'
import { keepText } from '../common/keepText'
import { LanguageTabs } from '../common/LanguageTabs'

/** The shared schema checks the form; the server checks the same one. */
export const institutionResolver = zodResolver(InstitutionInputSchema)

/** Name and acronym, one tab per language ("International Organization for Migration", IOM / OIM). */
export const InstitutionInputs = () => (
  <LanguageTabs>
    <TextInput source="name" parse={keepText} />
    <TextInput source="acronym" parse={keepText} sx={{ maxWidth: 240 }} />
  </LanguageTabs>
)
