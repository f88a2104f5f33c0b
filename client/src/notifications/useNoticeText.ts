import type { Language, Notification } from '@rcm/shared'
import { useLocaleState, useTranslate } from 'react-admin'

/** A notice's sentence in the interface language, written from its type and data as it is read. */
export function useNoticeText(): (notice: Notification) => string {
  const translate = useTranslate()
  const [locale] = useLocaleState()
  const lang: Language = locale === 'es' ? 'es' : 'en'
  const other: Language = lang === 'es' ? 'en' : 'es'
  return (notice) =>
    translate(`rcm.notices.types.${notice.type}`, {
      title: notice.eventTitle[lang] || notice.eventTitle[other],
      actor: notice.actorName ?? translate('rcm.notices.system'),
      step: translate(`rcm.notices.step.${notice.step ?? 'publish'}`),
      comment: notice.comment ? `: ${notice.comment}` : '.',
    })
}

/** When a notice was made, in the interface language's words ("6 dic 2026, 20:47"), as the dashboard says it. */
export function useNoticeTime(): (notice: Notification) => string {
  const [locale] = useLocaleState()
  return (notice) => new Date(notice.createdAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}
