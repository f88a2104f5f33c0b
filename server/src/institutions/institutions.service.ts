import {
  InstitutionInputSchema,
  type BaseFilter,
  type ListQuery,
  type Institution,
  type InstitutionData,
} from '@rcm/shared'
import type { Actor } from '../actor'
import { recordAudit } from '../audit-log/audit-log.service'
import type { Db } from '../db/connection'
import { writeTransaction } from '../db/transaction'
import { eventsRepository } from '../events/events.repository'
import { conflict, notFound } from '../http/errors'
import { say } from '../i18n/messages'
import { institutionsRepository, type InstitutionSortField } from './institutions.repository'

/** The institution with this id, or a 404. */
export function getInstitution(db: Db, id: number): Institution {
  const institution = institutionsRepository.findById(db, id)
  if (!institution) throw notFound('Institution')
  return institution
}

/** One page of institutions for the list's filter and sort, and the total. */
export function listInstitutions(
  db: Db,
  query: ListQuery<BaseFilter, InstitutionSortField>,
): { data: Institution[]; total: number } {
  return institutionsRepository.list(db, query)
}

/** Creates an institution. Throws a ZodError for invalid data. */
export function createInstitution(db: Db, _actor: Actor, data: InstitutionData): Institution {
  const clean = InstitutionInputSchema.parse(data)
  return writeTransaction(db, () => institutionsRepository.insert(db, clean))
}

/** Replaces an institution's data; its events' search rows follow the new name. */
export function updateInstitution(db: Db, _actor: Actor, id: number, data: InstitutionData): Institution {
  const clean = InstitutionInputSchema.parse(data)
  return writeTransaction(db, () => {
    getInstitution(db, id)
    const institution = institutionsRepository.update(db, id, clean)
    eventsRepository.reindexByInstitution(db, id)
    return institution
  })
}

/** Deletes an institution no event uses (409 naming how many do) and returns it as it was. */
export function deleteInstitution(db: Db, actor: Actor, id: number): Institution {
  return writeTransaction(db, () => {
    const institution = getInstitution(db, id)
    const uses = eventsRepository.countByInstitution(db, id)
    if (uses > 0) throw conflict(say('inUseByEvents', uses, 'institution'))
    institutionsRepository.remove(db, id)
    recordAudit(db, actor, 'institutions.delete', { type: 'institutions', id }, { name: institution.name })
    return institution
  })
}
