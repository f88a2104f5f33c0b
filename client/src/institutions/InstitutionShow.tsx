import type { ShowProps } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { LookupShow } from '../lookup-tables/LookupViews'

export const InstitutionShow = (props: Omit<ShowProps, 'children'>) => (
  <LookupShow relatedEvents={{ target: 'institutionId', title: 'resources.institutions.related_events' }} {...props}>
    <LocalizedTextField source="name" />
    <LocalizedTextField source="acronym" />
  </LookupShow>
)
