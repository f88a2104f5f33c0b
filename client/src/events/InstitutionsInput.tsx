import { InstitutionInputSchema, type Institution } from '@rcm/shared'
import { AutocompleteArrayInput, ReferenceArrayInput, useChoicesContext, useCreateSuggestionContext } from 'react-admin'
import { institutionOptionText } from '../common/institutionLabel'
import { isKnownName } from '../common/sameName'
import { useLanguageSort } from '../common/languageSort'
import { useLanguage } from '../common/useLocalized'
import { QuickCreateDialog } from '../lookup-tables/QuickCreateDialog'
import { useEventFormText } from './useEventFormText'

/**
 * The coordinating institutions, in the order chosen (the order they are
 * shown in), each as "IOM – International Organization for Migration".
 */
export const InstitutionsInput = () => (
  <ReferenceArrayInput source="institutionIds" reference="institutions" sort={useLanguageSort('name')}>
    <InstitutionPicker />
  </ReferenceArrayInput>
)

/**
 * Offers to create what was typed only when no institution found for it has
 * it as its acronym or name, in either language (accents and case aside):
 * typing "iom" or "Organizacion internacional para las migraciones" picks IOM
 * rather than making a second one.
 */
const InstitutionPicker = () => {
  const text = useEventFormText()
  const language = useLanguage()
  const { allChoices, filterValues } = useChoicesContext<Institution>()
  const typed: unknown = filterValues.q
  const isKnown =
    typeof typed === 'string' &&
    (allChoices ?? []).some((institution) => isKnownName(typed, [institution.acronym, institution.name]))
  return (
    <AutocompleteArrayInput
      label={text('institutions')}
      helperText={text('institutionsHelp')}
      optionText={(institution: Institution) => institutionOptionText(institution, language)}
      create={isKnown ? undefined : <CreateInstitutionDialog />}
      fullWidth
    />
  )
}

/** What was typed looks like an acronym ("IOM", "RNCOM") rather than a name. */
const looksLikeAcronym = (typed: string) => /^[A-ZÁÉÍÓÚÑ0-9-]{2,12}$/.test(typed.trim())

/** What was typed, as the acronym or the name in the interface language's input. */
const CreateInstitutionDialog = () => {
  const text = useEventFormText()
  const language = useLanguage()
  const { filter = '' } = useCreateSuggestionContext()
  const typedField = looksLikeAcronym(filter) ? 'acronym' : 'name'
  return (
    <QuickCreateDialog
      resource="institutions"
      schema={InstitutionInputSchema}
      title={text('createInstitution.title')}
      fields={[
        { source: 'name.en', label: text('createInstitution.nameEn'), autoFocus: true },
        { source: 'name.es', label: text('createInstitution.nameEs') },
        { source: 'acronym.en', label: text('createInstitution.acronymEn') },
        { source: 'acronym.es', label: text('createInstitution.acronymEs') },
      ]}
      initialValues={{ [`${typedField}.${language}`]: filter }}
    />
  )
}
