import { LANGUAGES, type Language } from '@rcm/shared'
import { TextInput, useSourceContext } from 'react-admin'
import { keepText } from '../common/keepText'
import { TranslatedInputs } from '../translation/TranslatedInputs'

export const FORM_LANGUAGES: Language[] = [...LANGUAGES]

interface LocalizedTextInputProps {
  source: string
  label: string
  helperText?: string
  /** Rows of a multi-line input. */
  rows?: number
}

/**
 * One `{en, es}` text, as language tabs or side by side. The group key is the
 * field's full path, so that the tabs of every objective, item and sub-item
 * have their own ids and their own error marker.
 */
export const LocalizedTextInput = ({ source, label, helperText, rows }: LocalizedTextInputProps) => {
  const path = useSourceContext().getSource(source)
  return (
    <TranslatedInputs groupKey={`${path}-`}>
      <TextInput
        source={source}
        parse={keepText}
        label={label}
        helperText={helperText ?? false}
        multiline={rows !== undefined}
        rows={rows}
        // A plain textarea: MUI's auto-sizing one measures itself (getComputedStyle) on every
        // render, which adds up over dozens of objective texts.
        slotProps={rows === undefined ? undefined : { input: { inputComponent: 'textarea' } }}
      />
    </TranslatedInputs>
  )
}
