import { InstitutionInputSchema, type Institution } from '@rcm/shared'
import { eventsRepository } from '../events/events.repository'
import { say } from '../i18n/messages'
import { lookupTableService } from '../lookup-tables/lookup-table.service'
import { institutionsRepository, type InstitutionSortField } from './institutions.repository'

const institutions = lookupTableService<Institution, InstitutionSortField>({
  repository: institutionsRepository,
  schema: InstitutionInputSchema,
  label: 'Institution',
  events: { count: eventsRepository.countByInstitution, reindex: eventsRepository.reindexByInstitution },
  inUse: (count) => say('inUseByEvents', count, 'institution'),
})

export const {
  get: getInstitution,
  list: listInstitutions,
  create: createInstitution,
  update: updateInstitution,
  remove: deleteInstitution,
} = institutions
