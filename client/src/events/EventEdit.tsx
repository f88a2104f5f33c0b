import { Edit, type EditProps, SimpleForm, useNotify } from 'react-admin'
import { EventInputs, eventFormResolver } from './EventInputs'
import { fieldErrorsOf, statusOf } from './httpErrors'
import { useEventFormText } from './useEventFormText'

/**
 * Edits an event. The form values keep the record's `version`, which the PUT
 * sends back; a 409 means someone saved in between: the form stays as it is
 * and a notification asks to reload.
 */
export const EventEdit = (props: Omit<EditProps, 'children'>) => {
  const notify = useNotify()
  const text = useEventFormText()
  const onError = (error: unknown) => {
    if (statusOf(error) === 409) {
      const message = text('conflict')
      notify(message, { type: 'error', autoHideDuration: null, multiLine: true, messageArgs: { _: message } })
      return
    }
    // As react-admin's own handler: field errors show on the inputs, in pessimistic mode only.
    if (fieldErrorsOf(error)) return
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error'
    notify(message, { type: 'error', messageArgs: { _: message } })
  }
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }} {...props}>
      <SimpleForm resolver={eventFormResolver} noValidate warnWhenUnsavedChanges>
        <EventInputs />
      </SimpleForm>
    </Edit>
  )
}
