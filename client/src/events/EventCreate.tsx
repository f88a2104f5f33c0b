import { Create, type CreateProps, SimpleForm } from 'react-admin'
import { EventInputs, eventFormResolver, newEventValues } from './EventInputs'

/**
 * A new event. Pessimistic, like EventEdit: the server's validation errors
 * reach the inputs, and nothing says "saved" before the server has.
 */
export const EventCreate = (props: Omit<CreateProps, 'children'>) => (
  <Create mutationMode="pessimistic" redirect="show" {...props}>
    <SimpleForm resolver={eventFormResolver} noValidate defaultValues={newEventValues} warnWhenUnsavedChanges>
      <EventInputs />
    </SimpleForm>
  </Create>
)
