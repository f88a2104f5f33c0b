import type { EditProps } from 'react-admin'
import { LookupEdit } from '../lookup-tables/LookupViews'
import { InstitutionInputs, institutionResolver } from './InstitutionInputs'

export const InstitutionEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={institutionResolver}
    relatedEvents={{ target: 'institutionId', title: 'resources.institutions.related_events' }}
    {...props}
  >
    <InstitutionInputs />
  </LookupEdit>
)
