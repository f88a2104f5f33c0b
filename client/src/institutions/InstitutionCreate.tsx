import { Create, SimpleForm, type CreateProps } from 'react-admin'
import { InstitutionInputs, institutionResolver } from './InstitutionInputs'

export const InstitutionCreate = (props: Omit<CreateProps, 'children'>) => (
  <Create redirect="list" {...props}>
    <SimpleForm
      resolver={institutionResolver}
      defaultValues={{ name: { en: '', es: '' }, acronym: { en: '', es: '' } }}
    >
      <InstitutionInputs />
    </SimpleForm>
  </Create>
)
