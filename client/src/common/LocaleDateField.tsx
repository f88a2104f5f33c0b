import { DateField, useLocaleState, type DateFieldProps } from 'react-admin'

/** A DateField written as the interface language writes dates; react-admin's own follows the browser's language. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState()
  return <DateField locales={locale} {...props} />
}
