import { formatDateRange, type Presidency } from '@rcm/shared'
import { useGetList } from 'react-admin'
import { useLanguage, useLocalized } from '../common/useLocalized'

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

/** "El Salvador 1 Jan 2026 – 31 Dec 2026" / "El Salvador 1 ene 2026 – 31 dic 2026": how a presidency is named in selects and on pages. */
export function usePresidencyLabel() {
  const countryName = useCountryName()
  const language = useLanguage()
  return (presidency: Pick<Presidency, 'countryCode' | 'startDate' | 'endDate'>) =>
    `${countryName(presidency.countryCode)} ${formatDateRange(presidency.startDate, presidency.endDate, language, 'medium')}`
}

/** "El Salvador 2026" or "El Salvador 2026–2027": the member state and the years of its term, as titles name a presidency. */
export function usePresidencyTerm() {
  const countryName = useCountryName()
  return (presidency: Pick<Presidency, 'countryCode' | 'startDate' | 'endDate'>) => {
    const [from, to] = [presidency.startDate.slice(0, 4), presidency.endDate.slice(0, 4)]
    return `${countryName(presidency.countryCode)} ${from === to ? from : `${from}–${to}`}`
  }
}
