import { formatDateRange, type Presidency } from '@rcm/shared'
import { useMediaQuery, type Theme } from '@mui/material'
import {
  DataTable,
  List,
  SimpleList,
  TopToolbar,
  useGetResourceLabel,
  useRecordContext,
  useTranslate,
  type CreateProps,
  type EditProps,
} from 'react-admin'
import { SortInLanguage, useLanguageSortField } from '../common/languageSort'
import { LocalizedTextField } from '../common/LocalizedTextField'
import { useLanguage, useLocalized } from '../common/useLocalized'
import { LookupCreate, LookupEdit } from '../lookup-tables/LookupViews'
import { PresidencyExportMenu } from './PresidencyExportMenu'
import { PresidencyInputs, presidencyResolver } from './PresidencyInputs'
import { useCountryName, usePresidencyTerm } from './usePresidencyName'

const Column = DataTable.Col<Presidency>

/** A day as the interface language writes it: "1 Jan 2026" / "1 ene 2026". */
function useDayText() {
  const language = useLanguage()
  return (day: string) => formatDateRange(day, null, language, 'medium') ?? ''
}

const CountryName = ({ record }: { record: Presidency }) => {
  const countryName = useCountryName()
  return <>{countryName(record.countryCode)}</>
}

const Day = ({ day }: { day: string }) => <>{useDayText()(day)}</>

/** A phone's list: the member state, its period and theme, one row each; a row opens its form. */
const PhoneList = () => {
  const countryName = useCountryName()
  const localized = useLocalized()
  const language = useLanguage()
  return (
    <SimpleList<Presidency>
      linkType="edit"
      primaryText={(presidency) => countryName(presidency.countryCode)}
      secondaryText={(presidency) => formatDateRange(presidency.startDate, presidency.endDate, language, 'medium')}
      tertiaryText={(presidency) => localized(presidency.theme)}
    />
  )
}

/**
 * The presidencies, newest first; a row opens its form. The member state and
 * the theme sort by their text in the interface language. Below the `md`
 * breakpoint the table becomes a simple list, which needs no sideways scrolling.
 */
export const PresidencyList = () => {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'))
  const countrySort = useLanguageSortField('countryName')
  const themeSort = useLanguageSortField('theme')
  return (
    <List sort={{ field: 'startDate', order: 'DESC' }}>
      <SortInLanguage fields={['countryName', 'theme']} />
      {small ? (
        <PhoneList />
      ) : (
        <DataTable rowClick="edit">
          <Column
            source={countrySort}
            label="resources.presidencies.fields.countryCode"
            render={(record) => <CountryName record={record} />}
          />
          <Column source="startDate" render={(record) => <Day day={record.startDate} />} />
          <Column source="endDate" render={(record) => <Day day={record.endDate} />} />
          <Column source={themeSort} label="resources.presidencies.fields.theme">
            <LocalizedTextField source="theme" />
          </Column>
        </DataTable>
      )}
    </List>
  )
}

const EMPTY = { countryCode: '', startDate: '', endDate: '', theme: { en: '', es: '' } }

export const PresidencyCreate = (props: Omit<CreateProps, 'children'>) => (
  <LookupCreate resolver={presidencyResolver} defaultValues={EMPTY} {...props}>
    <PresidencyInputs />
  </LookupCreate>
)

/** "Edit Presidency El Salvador 2026–2027". */
const PresidencyTitle = () => {
  const translate = useTranslate()
  const getResourceLabel = useGetResourceLabel()
  const record = useRecordContext<Presidency>()
  const term = usePresidencyTerm()
  if (!record) return null
  return (
    <>{translate('ra.page.edit', { name: getResourceLabel('presidencies', 1), recordRepresentation: term(record) })}</>
  )
}

/** The presidency's form, its export menu (its events as JSON, CSV, iCalendar; its report), and its events. */
export const PresidencyEdit = (props: Omit<EditProps, 'children'>) => (
  <LookupEdit
    resolver={presidencyResolver}
    relatedEvents={{ target: 'presidencyId', title: 'resources.presidencies.related_events' }}
    title={<PresidencyTitle />}
    actions={
      <TopToolbar>
        <PresidencyExportMenu />
      </TopToolbar>
    }
    {...props}
  >
    <PresidencyInputs />
  </LookupEdit>
)
