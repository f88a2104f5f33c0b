import { InstitutionInputSchema, toFieldErrors, type Institution, type LocalizedText } from '@rcm/shared'
import { type FormEvent, useState } from 'react'
import { AutocompleteArrayInput, ReferenceArrayInput, useCreate, useCreateSuggestionContext } from 'react-admin'
import { institutionOptionText } from '../common/institutionLabel'
import { useLanguage } from '../common/useLocalized'
import { CreateDialog, DialogTextField, useCreateErrorHandler, useErrorText } from './CreateDialog'
import { useEventFormText } from './useEventFormText'

/**
 * The coordinating institutions, in the order chosen (the order they are
 * shown in), each as "IOM – International Organization for Migration".
 */
export const InstitutionsInput = () => {
  const text = useEventFormText()
  const language = useLanguage()
  return (
    <ReferenceArrayInput source="institutionIds" reference="institutions" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteArrayInput
        label={text('institutions')}
        helperText={text('institutionsHelp')}
        optionText={(institution: Institution) => institutionOptionText(institution, language)}
        create={<CreateInstitutionDialog />}
        fullWidth
      />
    </ReferenceArrayInput>
  )
}

/** What was typed looks like an acronym ("IOM", "RNCOM") rather than a name. */
const looksLikeAcronym = (typed: string) => /^[A-ZÁÉÍÓÚÑ0-9-]{2,12}$/.test(typed.trim())

const CreateInstitutionDialog = () => {
  const text = useEventFormText()
  const errorText = useErrorText()
  const language = useLanguage()
  const { filter = '', onCancel, onCreate } = useCreateSuggestionContext()
  const typed = (field: 'name' | 'acronym'): LocalizedText => {
    const value = looksLikeAcronym(filter) === (field === 'acronym') ? filter : ''
    return { en: language === 'en' ? value : '', es: language === 'es' ? value : '' }
  }
  const [name, setName] = useState<LocalizedText>(() => typed('name'))
  const [acronym, setAcronym] = useState<LocalizedText>(() => typed('acronym'))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [create, { isPending }] = useCreate<Institution>()
  const handleCreateError = useCreateErrorHandler()

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    event.stopPropagation()
    const parsed = InstitutionInputSchema.safeParse({ name, acronym })
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error))
      return
    }
    try {
      onCreate(await create('institutions', { data: parsed.data }, { returnPromise: true }))
    } catch (error) {
      handleCreateError(error, setErrors)
    }
  }

  return (
    <CreateDialog
      title={text('createInstitution.title')}
      onCancel={onCancel}
      onSubmit={handleSubmit}
      isPending={isPending}
    >
      <DialogTextField
        label={text('createInstitution.nameEn')}
        value={name.en}
        onChange={(en) => setName({ ...name, en })}
        error={errorText(errors['name.en'])}
        autoFocus
      />
      <DialogTextField
        label={text('createInstitution.nameEs')}
        value={name.es}
        onChange={(es) => setName({ ...name, es })}
        error={errorText(errors['name.es'])}
      />
      <DialogTextField
        label={text('createInstitution.acronymEn')}
        value={acronym.en}
        onChange={(en) => setAcronym({ ...acronym, en })}
        error={errorText(errors['acronym.en'])}
      />
      <DialogTextField
        label={text('createInstitution.acronymEs')}
        value={acronym.es}
        onChange={(es) => setAcronym({ ...acronym, es })}
        error={errorText(errors['acronym.es'])}
      />
    </CreateDialog>
  )
}
