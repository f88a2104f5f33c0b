import { NetworkInputSchema, type Network } from '@rcm/shared'
import { eventsRepository } from '../events/events.repository'
import { say } from '../i18n/messages'
import { lookupTableService } from '../lookup-tables/lookup-table.service'
import { networksRepository, type NetworkSortField } from './networks.repository'

const networks = lookupTableService<Network, NetworkSortField>({
  repository: networksRepository,
  schema: NetworkInputSchema,
  label: 'Network',
  // An event's search row does not hold its networks: nothing to rewrite after a rename.
  events: { count: eventsRepository.countByNetwork, reindex: () => {} },
  inUse: (count) => say('taxonomyInUse', count, 'network'),
})

export const {
  get: getNetwork,
  list: listNetworks,
  create: createNetwork,
  update: updateNetwork,
  remove: deleteNetwork,
} = networks
