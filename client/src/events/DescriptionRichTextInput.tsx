import {
  ClearButtons,
  FormatButtons,
  LinkButtons,
  ListButtons,
  QuoteButtons,
  RichTextInput,
  RichTextInputToolbar,
} from 'ra-input-rich-text'
import { keepText } from './LocalizedTextInput'

/**
 * The rich text editor for "About the event", loaded on demand by
 * EventInputs. The toolbar offers only what the server keeps (docs/contract.md,
 * "Records": p br strong em u s a ul ol li h2 h3 h4 blockquote): no colours,
 * alignment or images, which the sanitizer would silently drop.
 */
export const DescriptionRichTextInput = ({ source, label }: { source: string; label: string }) => (
  <RichTextInput
    source={source}
    label={label}
    parse={keepText}
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
