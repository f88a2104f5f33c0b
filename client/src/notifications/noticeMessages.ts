import type { Catalogue } from '../i18n/en'

/**
 * Texts of the notices (the bell, the notices page, the e-mail preference),
 * deep-merged into the catalogues by en.ts and es.ts. A notice's sentence is
 * written here from its type and data, in the reader's language; the server
 * writes the same sentences for the mails (server/src/notifications/notification-texts.ts).
 */
const en = {
  rcm: {
    notices: {
      bell: 'Notices, %{smart_count} unread |||| Notices, %{smart_count} unread',
      title: 'Notices',
      unread_only: 'Unread only',
      none: 'No unread notices.',
      none_at_all: 'No notices yet. You will be told here when an event needs you or yours moves on.',
      mark_all_read: 'Mark all as read',
      mark_read: 'Mark as read',
      see_all: 'See all notices',
      unread: 'Unread',
      system: 'The system',
      step: { publish: 'publication', unpublish: 'withdrawal' },
      types: {
        submitted: '%{actor} submitted “%{title}” for review.',
        'changes-requested': '%{actor} requested changes on “%{title}”%{comment}',
        published: '%{actor} published “%{title}”.',
        'scheduled-done': 'The scheduled %{step} of “%{title}” was done.',
        'scheduled-failed': 'The scheduled %{step} of “%{title}” failed%{comment}',
      },
      email: {
        title: 'Notices by e-mail',
        help: 'The notices of the bell, sent to your address in the language of the interface.',
        label: 'Send me',
        immediate: 'Each notice as it happens',
        daily: 'One digest a day',
        none: 'No e-mail (the bell only)',
        save: 'Save',
        saved: 'Your notice preference is saved.',
      },
    },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    notices: {
      bell: 'Avisos, %{smart_count} sin leer |||| Avisos, %{smart_count} sin leer',
      title: 'Avisos',
      unread_only: 'Solo los no leídos',
      none: 'No hay avisos sin leer.',
      none_at_all: 'Aún no hay avisos. Aquí se le avisará cuando un evento le necesite o uno suyo avance.',
      mark_all_read: 'Marcar todos como leídos',
      mark_read: 'Marcar como leído',
      see_all: 'Ver todos los avisos',
      unread: 'Sin leer',
      system: 'El sistema',
      step: { publish: 'publicación', unpublish: 'retirada' },
      types: {
        submitted: '%{actor} ha enviado «%{title}» a revisión.',
        'changes-requested': '%{actor} ha pedido cambios en «%{title}»%{comment}',
        published: '%{actor} ha publicado «%{title}».',
        'scheduled-done': 'Se ha hecho la %{step} programada de «%{title}».',
        'scheduled-failed': 'La %{step} programada de «%{title}» no se ha podido hacer%{comment}',
      },
      email: {
        title: 'Avisos por correo',
        help: 'Los avisos de la campana, enviados a su dirección en el idioma de la interfaz.',
        label: 'Enviarme',
        immediate: 'Cada aviso en cuanto ocurre',
        daily: 'Un resumen al día',
        none: 'Ningún correo (solo la campana)',
        save: 'Guardar',
        saved: 'Su preferencia de avisos se ha guardado.',
      },
    },
  },
}

export const noticeMessages = { en, es }
