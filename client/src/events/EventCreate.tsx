import { Create, type CreateProps, SimpleForm } from 'react-admin'
import { FormDraftKeeper } from '../common/FormDraftKeeper'
import { SaveShortcut } from '../common/SaveShortcut'
import { EventInputs, eventFormResolver, newEventValues } from './EventInputs'

/**
 * A new event. Pessimistic, like EventEdit: the server's validation errors
 * reach the inputs, and nothing says "saved" before the server has. What is
 * typed is kept in the browser until it is saved.
 */
export const EventCreate = (props: Omit<CreateProps, 'children'>) => (
  <Create mutationMode="pessimistic" redirect="show" {...props}>
    <SimpleForm resolver={eventFormResolver} noValidate defaultValues={newEventValues}>
      <FormDraftKeeper resource="events" />
      <SaveShortcut />
      <EventInputs />
    </SimpleForm>
  </Create>
)
