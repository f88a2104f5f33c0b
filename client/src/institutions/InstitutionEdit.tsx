import type { Institution } from '@rcm/shared'
import { Box } from '@mui/material'
import { Edit, SimpleForm, type EditProps } from 'react-admin'
import { RecordTitle } from '../common/RecordTitle'
import { RelatedEvents } from '../events/RelatedEvents'
import { InstitutionInputs, institutionResolver } from './InstitutionInputs'

/** Pessimistic, so that the server's field errors show on the inputs. */
export const InstitutionEdit = (props: Omit<EditProps<Institution>, 'children'>) => (
  <Edit<Institution> mutationMode="pessimistic" title={<RecordTitle source="name" view="edit" />} {...props}>
    <SimpleForm resolver={institutionResolver}>
      <InstitutionInputs />
    </SimpleForm>
    <Box sx={{ px: 2, pb: 2 }}>
      <RelatedEvents target="institutionId" title="resources.institutions.related_events" />
    </Box>
  </Edit>
)
