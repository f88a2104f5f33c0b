import type { Institution } from '@rcm/shared'
import { Box } from '@mui/material'
import { Show, SimpleShowLayout, type ShowProps } from 'react-admin'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { RecordTitle } from '../common/RecordTitle'
import { RelatedEvents } from '../events/RelatedEvents'

export const InstitutionShow = (props: Omit<ShowProps<Institution>, 'children'>) => (
  <Show<Institution> title={<RecordTitle source="name" view="show" />} {...props}>
    <SimpleShowLayout>
      <LocalizedTextField source="name" />
      <LocalizedTextField source="acronym" />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <RelatedEvents target="institutionId" title="resources.institutions.related_events" />
    </Box>
  </Show>
)
