import { defaultTimeZone, timeZoneChoices, type Venue } from '@rcm/shared'
import { Stack } from '@mui/material'
import { useEffect, useMemo } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { AutocompleteInput, BooleanInput, TextInput, TimeInput, useGetManyAggregate, useTranslate } from 'react-admin'

/** An empty input is `null`: no time (all day), no zone, no link. */
const emptyToNull = (value: string | null) => (value === '' || value === null ? null : value)

/**
 * The start and end times and their zone. The zone starts as the venue
 * country's (shared/src/time-zones.ts) once a time is entered and a venue is
 * chosen, unless one is already set; the editor can pick any other.
 */
export const TimesInput = () => {
  const translate = useTranslate()
  const { setValue, getValues } = useFormContext()
  const startTime: unknown = useWatch({ name: 'startTime' })
  const endTime: unknown = useWatch({ name: 'endTime' })
  const venueId: unknown = useWatch({ name: 'venueId' })
  const hasTime = (typeof startTime === 'string' && startTime !== '') || (typeof endTime === 'string' && endTime !== '')
  // The venue input's own query (getMany, batched) already holds the venue: this reads the same cache.
  const { data: venues } = useGetManyAggregate<Venue>(
    'venues',
    { ids: typeof venueId === 'number' ? [venueId] : [] },
    { enabled: hasTime && typeof venueId === 'number' },
  )
  const venueZone = defaultTimeZone(venues?.[0]?.country)
  useEffect(() => {
    if (hasTime && venueZone !== null && !getValues('timeZone'))
      setValue('timeZone', venueZone, { shouldDirty: true, shouldValidate: true })
  }, [hasTime, venueZone, getValues, setValue])
  const choices = useMemo(() => timeZoneChoices().map((zone) => ({ id: zone, name: zone.replace(/_/g, ' ') })), [])
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <TimeInput
        source="startTime"
        label={translate('rcm.times.startTime')}
        helperText={translate('rcm.times.timeHelp')}
        parse={emptyToNull}
      />
      <TimeInput source="endTime" label={translate('rcm.times.endTime')} helperText={false} parse={emptyToNull} />
      <AutocompleteInput
        source="timeZone"
        label={translate('rcm.times.timeZone')}
        helperText={translate('rcm.times.timeZoneHelp')}
        choices={choices}
        parse={emptyToNull}
        sx={{ minWidth: { sm: 280 } }}
      />
    </Stack>
  )
}

/** The meeting link and whether the public sees it: for virtual and hybrid events, and for any event that has one. */
export const MeetingLinkInputs = () => {
  const translate = useTranslate()
  const modality: unknown = useWatch({ name: 'modality' })
  const meetingUrl: unknown = useWatch({ name: 'meetingUrl' })
  if (modality === 'in_person' && !meetingUrl) return null
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ width: '100%', alignItems: { sm: 'center' } }}>
      <TextInput
        source="meetingUrl"
        type="url"
        label={translate('rcm.times.meetingUrl')}
        helperText={translate('rcm.times.meetingUrlHelp')}
        parse={emptyToNull}
        sx={{ flex: 1 }}
      />
      <BooleanInput source="meetingUrlPublic" label={translate('rcm.times.meetingUrlPublic')} helperText={false} />
    </Stack>
  )
}
