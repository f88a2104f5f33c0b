import type { CreateProps } from 'react-admin'
import { LookupCreate } from '../lookup-tables/LookupViews'
import { VenueInputs, venueResolver } from './VenueInputs'

const EMPTY = { name: { en: '', es: '' }, city: '', country: null, address: null }

export const VenueCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate resolver={venueResolver} defaultValues={EMPTY} {...props}>
    <VenueInputs />
  </LookupCreate>
)
