import type { EventData } from '@rcm/shared'
import type { Db } from '../db/connection'
import type { FieldTexts } from '../http/errors'
import { say } from '../i18n/messages'
import { eventTypesRepository } from '../event-types/event-types.repository'
import { networksRepository } from '../networks/networks.repository'
import { presidenciesRepository } from './presidencies.repository'

/** The event's presidency as saved, and whether the server chose it (docs/decisions/022). */
export interface ResolvedPresidency {
  data: EventData
  isAuto: boolean
}

/**
 * Chooses the event's presidency on save. Left empty (null), or left as the
 * server chose it before (`previous.isAuto` and the same id sent back, as
 * react-admin sends the whole record), it is the presidency whose period
 * holds the start date, or `today` for an undated event; none when no period
 * holds that day. Any other id is the editor's pick and is kept as given
 * until the editor empties the field again.
 */
export function resolvePresidency(
  db: Db,
  data: EventData,
  today: string,
  previous?: { presidencyId: number | null; isAuto: boolean },
): ResolvedPresidency {
  const isAuto =
    data.presidencyId === null ||
    (previous !== undefined && previous.isAuto && data.presidencyId === previous.presidencyId)
  if (!isAuto) return { data, isAuto }
  const presidencyId = presidenciesRepository.idForDate(db, data.startDate ?? today) ?? null
  return { data: { ...data, presidencyId }, isAuto }
}

/** The field errors of presidency, type and network ids that do not exist (`networkIds.1`). */
export function missingTaxonomyReferences(db: Db, data: EventData): FieldTexts {
  const errors: FieldTexts = {}
  if (data.presidencyId !== null && !presidenciesRepository.existingIds(db, [data.presidencyId]).has(data.presidencyId))
    errors.presidencyId = say('noSuchPresidency')
  if (data.typeId !== null && !eventTypesRepository.existingIds(db, [data.typeId]).has(data.typeId))
    errors.typeId = say('noSuchEventType')
  const networks = networksRepository.existingIds(db, data.networkIds)
  data.networkIds.forEach((id, index) => {
    if (!networks.has(id)) errors[`networkIds.${index}`] = say('noSuchNetwork')
  })
  return errors
}
