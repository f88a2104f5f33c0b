import { ArrayInput, SimpleFormIterator, TextInput } from 'react-admin'
import { ALWAYS_VISIBLE_ACTIONS, AddEntryButton, RemoveEntryButton } from './IteratorButtons'
import { useEventFormText } from './useEventFormText'

const newContact = () => ''

/**
 * Contact emails and phones, one input per value so that the schema's
 * message for `contactPhones.1` shows under the second phone. An iterator of
 * scalars takes an input with an empty `source` (react-admin ArrayInput docs).
 */
export const ContactsInput = () => {
  const text = useEventFormText()
  return (
    <>
      <ArrayInput source="contactEmails" label={text('contactEmails')} helperText={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          sx={ALWAYS_VISIBLE_ACTIONS}
          addButton={<AddEntryButton label={text('addEmail')} newEntry={newContact} />}
          removeButton={<RemoveEntryButton label={text('removeEmail')} />}
        >
          <TextInput source="" type="email" label={text('email')} helperText={text('emailHelp')} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="contactPhones" label={text('contactPhones')} helperText={false}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          sx={ALWAYS_VISIBLE_ACTIONS}
          addButton={<AddEntryButton label={text('addPhone')} newEntry={newContact} />}
          removeButton={<RemoveEntryButton label={text('removePhone')} />}
        >
          <TextInput source="" type="tel" label={text('phone')} helperText={text('phoneHelp')} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  )
}
