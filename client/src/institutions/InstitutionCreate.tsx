import type { CreateProps } from 'react-admin'
import { LookupCreate } from '../lookup-tables/LookupViews'
import { InstitutionInputs, institutionResolver } from './InstitutionInputs'

const EMPTY = { name: { en: '', es: '' }, acronym: { en: '', es: '' } }

export const InstitutionCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate resolver={institutionResolver} defaultValues={EMPTY} {...props}>
    <InstitutionInputs />
  </LookupCreate>
)
