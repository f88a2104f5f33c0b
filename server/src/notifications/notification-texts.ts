import type { Language, LocalizedText, Notification } from '@rcm/shared'

/** The title in `lang`, or in the other language when it has none there. */
export function titleIn(title: LocalizedText, lang: Language): string {
  return title[lang] || title[lang === 'en' ? 'es' : 'en'] || '—'
}

type Texts = { subject: string; line: string }

const SCHEDULED_STEP = {
  en: { publish: 'publication', unpublish: 'withdrawal' },
  es: { publish: 'publicación', unpublish: 'retirada' },
}

/**
 * A notice's mail subject and sentence in `lang`, from its type and data;
 * the client has the same sentences in its catalogue (notifications.*).
 */
export function noticeTexts(notice: Notification, lang: Language): Texts {
  const title = titleIn(notice.eventTitle, lang)
  const who = notice.actorName ?? (lang === 'es' ? 'El sistema' : 'The system')
  const comment = notice.comment ? `: ${notice.comment}` : ''
  const step = SCHEDULED_STEP[lang][notice.step ?? 'publish']
  if (lang === 'es') {
    switch (notice.type) {
      case 'submitted':
        return { subject: `Enviado a revisión: ${title}`, line: `${who} ha enviado «${title}» a revisión.` }
      case 'changes-requested':
        return { subject: `Cambios pedidos: ${title}`, line: `${who} ha pedido cambios en «${title}»${comment}` }
      case 'published':
        return { subject: `Publicado: ${title}`, line: `${who} ha publicado «${title}».` }
      case 'scheduled-done':
        return {
          subject: `${capitalized(step)} programada hecha: ${title}`,
          line: `Se ha hecho la ${step} programada de «${title}».`,
        }
      case 'scheduled-failed':
        return {
          subject: `${capitalized(step)} programada fallida: ${title}`,
          line: `La ${step} programada de «${title}» no se ha podido hacer${comment}`,
        }
    }
  }
  switch (notice.type) {
    case 'submitted':
      return { subject: `Submitted for review: ${title}`, line: `${who} submitted “${title}” for review.` }
    case 'changes-requested':
      return { subject: `Changes requested: ${title}`, line: `${who} requested changes on “${title}”${comment}` }
    case 'published':
      return { subject: `Published: ${title}`, line: `${who} published “${title}”.` }
    case 'scheduled-done':
      return { subject: `Scheduled ${step} done: ${title}`, line: `The scheduled ${step} of “${title}” was done.` }
    case 'scheduled-failed':
      return {
        subject: `Scheduled ${step} failed: ${title}`,
        line: `The scheduled ${step} of “${title}” failed${comment}`,
      }
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The link to the event in the admin app. */
export const eventLink = (appUrl: string, eventId: number) => `${appUrl.replace(/\/$/, '')}/#/events/${eventId}/show`

/** One notice's mail. */
export function noticeMail(notice: Notification, lang: Language, appUrl: string): { subject: string; text: string } {
  const { subject, line } = noticeTexts(notice, lang)
  const footer =
    lang === 'es'
      ? 'Puede elegir cómo recibir estos avisos en la página de su cuenta.'
      : 'You can choose how you get these notices on your account page.'
  return { subject: `[RCM] ${subject}`, text: `${line}\n\n${eventLink(appUrl, notice.eventId)}\n\n-- \n${footer}\n` }
}

/** A day's notices in one mail. */
export function digestMail(notices: Notification[], lang: Language, appUrl: string): { subject: string; text: string } {
  const subject =
    lang === 'es' ? `[RCM] Resumen del día: ${notices.length} avisos` : `[RCM] Daily digest: ${notices.length} notices`
  const lines = notices.map((notice) => `- ${noticeTexts(notice, lang).line}\n  ${eventLink(appUrl, notice.eventId)}`)
  return { subject, text: `${lines.join('\n')}\n` }
}
