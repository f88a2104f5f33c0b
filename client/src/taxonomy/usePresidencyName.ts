import type { Presidency } from '@rcm/shared'
import { useGetList } from 'react-admin'
import { useLocalized } from '../common/useLocalized'

/** Every presidency (a few dozen at most), newest first. */
export const usePresidencies = () =>
  useGetList<Presidency>('presidencies', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'startDate', order: 'DESC' },
  })

/** The member state's name in the UI language ("SV" → "El Salvador"). */
export function useCountryName() {
  const { data } = useGetList<{ id: string; name: { en: string; es: string } }>('countries', {
    pagination: { page: 1, perPage: 50 },
  })
  const localized = useLocalized()
  return (code: string) => {
    const country = data?.find((candidate) => candidate.id === code)
    return country ? localized(country.name) : code
  }
}

/** "El Salvador 2026-01-01 – 2026-12-31": how a presidency is named in selects and titles. */
export function usePresidencyLabel() {
  const countryName = useCountryName()
  return (presidency: Pick<Presidency, 'countryCode' | 'startDate' | 'endDate'>) =>
    `${countryName(presidency.countryCode)} ${presidency.startDate} – ${presidency.endDate}`
}
