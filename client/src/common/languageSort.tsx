import { useEffect, useMemo } from 'react'
import { useListContext, type SortPayload } from 'react-admin'
import { useLanguage } from './useLocalized'

/**
 * The API's sort field of a bilingual field in the interface language:
 * `name` → `name.es`, so a Spanish reader's list reads "Belice, Canadá,
 * Costa Rica…" rather than the English order. The field alone sorts by the
 * English text.
 */
export function useLanguageSortField(field: string): string {
  return `${field}.${useLanguage()}`
}

/** A list's or picker's sort by a bilingual field in the interface language. */
export function useLanguageSort(field: string, order: SortPayload['order'] = 'ASC'): SortPayload {
  const sortField = useLanguageSortField(field)
  return useMemo(() => ({ field: sortField, order }), [sortField, order])
}

/**
 * Inside a List: a sort by one of `fields` (alone or in a language) follows
 * the interface language, so a list sorted by name stays sorted by name when
 * the user switches language, whatever sort the list remembered.
 */
export const SortInLanguage = ({ fields }: { fields: readonly string[] }) => {
  const { sort, setSort } = useListContext()
  const language = useLanguage()
  const [field = '', fieldLanguage] = sort.field.split('.')
  const isOff = fields.includes(field) && fieldLanguage !== language
  useEffect(() => {
    if (isOff) setSort({ field: `${field}.${language}`, order: sort.order })
  }, [isOff, field, language, sort.order, setSort])
  return null
}
