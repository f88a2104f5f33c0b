import { zodResolver } from '@hookform/resolvers/zod'
import { PresidencyInputSchema } from '@rcm/shared'
import { Stack } from '@mui/material'
import { DateInput, ReferenceInput, SelectInput, TextInput } from 'react-admin'
import { keepText } from '../common/keepText'
import { LanguageTabs } from '../common/LanguageTabs'
import { useLanguageSort } from '../common/languageSort'
import { useLocalized } from '../common/useLocalized'

/** The shared schema checks the form; the server checks the same one, and refuses an overlapping period (409). */
export const presidencyResolver = zodResolver(PresidencyInputSchema)

/** Member state, period and theme (one tab per language). */
export const PresidencyInputs = () => {
  const localized = useLocalized()
  return (
    <>
      <ReferenceInput source="countryCode" reference="countries" sort={useLanguageSort('name')}>
        <SelectInput
          optionText={(country: { name: { en: string; es: string } }) => localized(country.name)}
          isRequired
          sx={{ minWidth: 240 }}
        />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2}>
        <DateInput source="startDate" isRequired />
        <DateInput source="endDate" isRequired />
      </Stack>
      <LanguageTabs>
        <TextInput source="theme" parse={keepText} multiline />
      </LanguageTabs>
    </>
  )
}
