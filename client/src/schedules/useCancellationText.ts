import type { ScheduleCancellation } from '@rcm/shared'
import { useLocaleState, useTranslate } from 'react-admin'

/**
 * Says why a scheduled publication did not happen: in full on the event, or
 * short in the schedules list. Whoever set the schedule learns it here.
 */
export function useCancellationText() {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (cancelled: ScheduleCancellation, form: 'full' | 'short' = 'full') =>
    translate(form === 'full' ? 'rcm.schedule.cancelled' : 'rcm.schedule.cancelled_short', {
      time: time(cancelled.publishAt),
      when: time(cancelled.at),
      reason: translate(`rcm.schedule.reasons.${cancelled.reason}`),
      name:
        cancelled.userName ?? (cancelled.userId === null ? translate('rcm.timeline.someone') : `#${cancelled.userId}`),
      version: cancelled.version,
    })
}
