import { useGetResourceLabel, useRecordContext, useResourceContext, useTranslate } from 'react-admin'
import { isLocalizedText, useLocalized } from './useLocalized'

/**
 * The page title of a show or edit view, "Event II Forum of Champion
 * Countries", naming the record by a `{en, es}` field in the UI language.
 */
export const RecordTitle = ({ source, view }: { source: string; view: 'show' | 'edit' }) => {
  const record = useRecordContext()
  const resource = useResourceContext()
  const getResourceLabel = useGetResourceLabel()
  const localized = useLocalized()
  const translate = useTranslate()
  if (!record || !resource) return null
  const value: unknown = record[source]
  const text = isLocalizedText(value) ? localized(value) : ''
  return (
    <>
      {translate(`ra.page.${view}`, {
        name: getResourceLabel(resource, 1),
        recordRepresentation: text || `#${record.id}`,
      })}
    </>
  )
}
