import { Create, SimpleForm, type CreateProps } from 'react-admin'
import { VenueInputs, venueResolver } from './VenueInputs'

export const VenueCreate = (props: Omit<CreateProps, 'children'>) => (
  <Create redirect="list" {...props}>
    <SimpleForm
      resolver={venueResolver}
      defaultValues={{ name: { en: '', es: '' }, city: '', country: null, address: null }}
    >
      <VenueInputs />
    </SimpleForm>
  </Create>
)
