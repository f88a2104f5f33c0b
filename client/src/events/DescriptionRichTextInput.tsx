import {
  ClearButtons,
  DefaultEditorOptions,
  FormatButtons,
  LinkButtons,
  ListButtons,
  QuoteButtons,
  RichTextInput,
  RichTextInputToolbar,
} from 'ra-input-rich-text'
import { useMemo } from 'react'
import { useTranslate } from 'react-admin'
import { keepText } from '../common/keepText'

/**
 * The rich text editor for "About the event", loaded on demand by
 * EventInputs. The toolbar offers only what the server keeps (docs/contract.md,
 * "Records": p br strong em u s a ul ol li h2 h3 h4 blockquote): no colours,
 * alignment or images, which the sanitizer would silently drop.
 */
export const DescriptionRichTextInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate()
  const name = translate(label, { _: label })
  // The editable area is what a screen reader lands on: it needs the field's name itself.
  const editorOptions = useMemo(
    () => ({
      ...DefaultEditorOptions,
      editorProps: { attributes: { 'aria-label': name, role: 'textbox', 'aria-multiline': 'true' } },
    }),
    [name],
  )
  return (
    <RichTextInput
      source={source}
      label={label}
      parse={keepText}
      editorOptions={editorOptions}
      toolbar={
        <RichTextInputToolbar size="small">
          <FormatButtons size="small" />
          <ListButtons size="small" />
          <LinkButtons size="small" />
          <QuoteButtons size="small" />
          <ClearButtons size="small" />
        </RichTextInputToolbar>
      }
    />
  )
}
