import type { Catalogue } from './en'

/**
 * Texts of sign-in, accounts, the workflow, history, scheduling and the audit
 * log, deep-merged into the catalogues by en.ts and es.ts; `es` is typed by
 * `en`, so a key missing in one language does not compile.
 */
const en = {
  ra: { auth: { username: 'Email' } },
  rcm: {
    menu: { awaiting_review: 'Awaiting review', changes_requested: 'Changes requested' },
    password: {
      title: 'Change password',
      current: 'Current password',
      new: 'New password',
      submit: 'Change password',
      changed: 'Password changed. Sign in again with the new one.',
    },
    workflow: {
      comment: 'Comment (optional)',
      comment_required: 'What needs to change',
      publish_at: 'Publish at (leave empty to publish now)',
      unpublish_at: 'Unpublish at (optional)',
      scheduled: 'Scheduled',
      published_with_changes: 'Published, with unpublished changes',
      on_version: 'Acts on version %{version} of the event, as you saw it.',
      stale:
        'This event changed after you opened it, so nothing was done. It has been reloaded: look at it again, then take the step again if it still applies.',
      submit: {
        label: 'Submit for review',
        title: 'Submit for review',
        help: 'A reviewer will check the event and publish it or ask for changes.',
        confirm: 'Submit',
        done: 'Submitted for review',
      },
      'request-changes': {
        label: 'Request changes',
        title: 'Request changes',
        help: 'The event goes back to its editors as a draft, with your comment.',
        confirm: 'Request changes',
        done: 'Changes requested',
      },
      publish: {
        label: 'Publish',
        title: 'Publish',
        help: 'The public calendar will show the event as it is now.',
        confirm: 'Publish',
        done: 'Published',
      },
      unpublish: {
        label: 'Unpublish',
        title: 'Unpublish',
        help: 'The event leaves the public calendar and goes back to draft.',
        confirm: 'Unpublish',
        done: 'Unpublished',
      },
      archive: {
        label: 'Archive',
        title: 'Archive',
        help: 'The event leaves the public calendar and is kept as archived.',
        confirm: 'Archive',
        done: 'Archived',
      },
    },
    timeline: { title: 'Workflow', empty: 'No workflow step yet.', by: 'by %{name}', someone: 'the system' },
    checklist: {
      title: 'Before publishing',
      complete: 'Ready to publish',
      complete_one_language: 'Ready to publish, but %{languages} is incomplete: see what is missing below.',
    },
    presence: { open_by: '%{name} has this event open since %{time}' },
    schedule: {
      empty: 'No scheduled publications yet. A reviewer sets one from an event with Publish, choosing a time.',
      publish_at: 'To be published on %{time}',
      unpublish_at: 'To be unpublished on %{time}',
      cancelled:
        'The publication scheduled for %{time} was cancelled on %{when}: %{reason} by %{name} (version %{version}). ' +
        'Schedule it again once that version has been reviewed.',
      cancelled_short: 'Publication on %{time} cancelled: %{reason} by %{name} (version %{version})',
      reasons: {
        update: 'the event was edited',
        restore: 'an earlier version was restored',
        submit: 'it was submitted for review',
        'request-changes': 'changes were requested',
        publish: 'it was published',
        unpublish: 'it was unpublished',
        archive: 'it was archived',
      },
    },
    review: {
      since_published: 'Changed since the version last published (version %{version})',
      since_reviewed: 'Changed since the last review (version %{version})',
    },
    history: {
      tab: 'History',
      details: 'Event',
      compare: 'Compare',
      older: 'Older',
      newer: 'Newer',
      field: 'Field',
      version: 'Version %{version}',
      no_differences: 'These two versions are the same.',
      pick_two: 'Pick two versions to compare.',
      restore: 'Restore',
      restore_title: 'Restore version %{version}?',
      restore_content: 'The event will get the content of this version, as a new version. Its history is kept.',
      restored: 'Version restored',
      actions: {
        create: 'Created',
        update: 'Edited',
        submit: 'Submitted for review',
        'request-changes': 'Changes requested',
        publish: 'Published',
        unpublish: 'Unpublished',
        archive: 'Archived',
        restore: 'Restored',
        delete: 'Deleted',
      },
    },
    conflict: {
      title: 'Someone else saved this event',
      help: 'Choose, field by field, what to keep: your value or the one saved meanwhile. Then save again.',
      field: 'Field',
      yours: 'Yours',
      current: 'Saved meanwhile',
      keep: 'Keep these and save',
    },
    bulk: {
      done: '%{ok} of %{total} done',
      failed: '%{ok} of %{total} done; not done: %{reasons}',
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        email: 'Email',
        fullName: 'Full name',
        role: 'Role',
        active: 'Active',
        password: 'Password',
        resetPassword: 'New password (leave empty to keep the current one)',
      },
      roles: { editor: 'Editor', reviewer: 'Reviewer', admin: 'Administrator' },
      inactive: 'Inactive',
      helpers: { password: 'At least %{min} characters' },
    },
    'audit-log': {
      name: 'Audit log entry |||| Audit log',
      fields: {
        id: 'Id',
        createdAt: 'When',
        userId: 'User',
        action: 'Action',
        targetType: 'Record type',
        targetId: 'Record',
        details: 'Details',
        createdAt_gte: 'From',
        createdAt_lte: 'Until',
      },
    },
    schedules: {
      name: 'Scheduled |||| Scheduled',
      fields: { eventId: 'Event', publishAt: 'Publish at', unpublishAt: 'Unpublish at', cancelled: 'Cancelled' },
    },
    revisions: {
      name: 'Revision |||| Revisions',
      fields: { version: 'Version', action: 'Step', userId: 'By', createdAt: 'When', comment: 'Comment' },
    },
  },
}

const es: Catalogue<typeof en> = {
  ra: { auth: { username: 'Correo electrónico' } },
  rcm: {
    menu: { awaiting_review: 'Por revisar', changes_requested: 'Cambios solicitados' },
    password: {
      title: 'Cambiar la contraseña',
      current: 'Contraseña actual',
      new: 'Contraseña nueva',
      submit: 'Cambiar la contraseña',
      changed: 'Contraseña cambiada. Vuelva a iniciar sesión con la nueva.',
    },
    workflow: {
      comment: 'Comentario (opcional)',
      comment_required: 'Qué debe cambiar',
      publish_at: 'Publicar el (déjelo vacío para publicar ahora)',
      unpublish_at: 'Retirar el (opcional)',
      scheduled: 'Programado',
      published_with_changes: 'Publicado, con cambios sin publicar',
      on_version: 'Se aplica a la versión %{version} del evento, tal como usted la vio.',
      stale:
        'Este evento cambió después de que usted lo abriera, así que no se hizo nada. ' +
        'Se ha vuelto a cargar: revíselo de nuevo y, si todavía procede, repita el paso.',
      submit: {
        label: 'Enviar a revisión',
        title: 'Enviar a revisión',
        help: 'Un revisor revisará el evento y lo publicará o pedirá cambios.',
        confirm: 'Enviar',
        done: 'Enviado a revisión',
      },
      'request-changes': {
        label: 'Solicitar cambios',
        title: 'Solicitar cambios',
        help: 'El evento vuelve a sus editores como borrador, con su comentario.',
        confirm: 'Solicitar cambios',
        done: 'Cambios solicitados',
      },
      publish: {
        label: 'Publicar',
        title: 'Publicar',
        help: 'El calendario público mostrará el evento tal como está ahora.',
        confirm: 'Publicar',
        done: 'Publicado',
      },
      unpublish: {
        label: 'Retirar',
        title: 'Retirar la publicación',
        help: 'El evento sale del calendario público y vuelve a borrador.',
        confirm: 'Retirar',
        done: 'Publicación retirada',
      },
      archive: {
        label: 'Archivar',
        title: 'Archivar',
        help: 'El evento sale del calendario público y queda archivado.',
        confirm: 'Archivar',
        done: 'Archivado',
      },
    },
    timeline: {
      title: 'Flujo de revisión',
      empty: 'Todavía no hay ningún paso.',
      by: 'por %{name}',
      someone: 'el sistema',
    },
    checklist: {
      title: 'Antes de publicar',
      complete: 'Listo para publicar',
      complete_one_language: 'Listo para publicar, pero %{languages} está incompleto: vea abajo lo que falta.',
    },
    presence: { open_by: '%{name} tiene este evento abierto desde las %{time}' },
    schedule: {
      empty:
        'Aún no hay publicaciones programadas. Un revisor las programa desde un evento con Publicar, eligiendo una hora.',
      publish_at: 'Se publicará el %{time}',
      unpublish_at: 'Se retirará el %{time}',
      cancelled:
        'La publicación programada para el %{time} se canceló el %{when}: %{reason} por %{name} (versión %{version}). ' +
        'Vuelva a programarla cuando esa versión esté revisada.',
      cancelled_short: 'Publicación del %{time} cancelada: %{reason} por %{name} (versión %{version})',
      reasons: {
        update: 'el evento fue editado',
        restore: 'una versión anterior fue restaurada',
        submit: 'fue enviado a revisión',
        'request-changes': 'se pidieron cambios',
        publish: 'fue publicado',
        unpublish: 'su publicación fue retirada',
        archive: 'fue archivado',
      },
    },
    review: {
      since_published: 'Cambios desde la última versión publicada (versión %{version})',
      since_reviewed: 'Cambios desde la última revisión (versión %{version})',
    },
    history: {
      tab: 'Historial',
      details: 'Evento',
      compare: 'Comparar',
      older: 'Anterior',
      newer: 'Posterior',
      field: 'Campo',
      version: 'Versión %{version}',
      no_differences: 'Estas dos versiones son iguales.',
      pick_two: 'Elija dos versiones para compararlas.',
      restore: 'Restaurar',
      restore_title: '¿Restaurar la versión %{version}?',
      restore_content:
        'El evento tomará el contenido de esta versión, como una versión nueva. Su historial se conserva.',
      restored: 'Versión restaurada',
      actions: {
        create: 'Creado',
        update: 'Editado',
        submit: 'Enviado a revisión',
        'request-changes': 'Cambios solicitados',
        publish: 'Publicado',
        unpublish: 'Publicación retirada',
        archive: 'Archivado',
        restore: 'Restaurado',
        delete: 'Eliminado',
      },
    },
    conflict: {
      title: 'Otra persona guardó este evento',
      help: 'Elija, campo por campo, qué conservar: su valor o el que se guardó mientras tanto. Luego guarde de nuevo.',
      field: 'Campo',
      yours: 'El suyo',
      current: 'Guardado mientras tanto',
      keep: 'Conservar estos y guardar',
    },
    bulk: {
      done: '%{ok} de %{total} hechos',
      failed: '%{ok} de %{total} hechos; sin hacer: %{reasons}',
    },
  },
  resources: {
    users: {
      name: 'Usuario |||| Usuarios',
      fields: {
        id: 'Id',
        email: 'Correo electrónico',
        fullName: 'Nombre completo',
        role: 'Rol',
        active: 'Activo',
        password: 'Contraseña',
        resetPassword: 'Contraseña nueva (déjela vacía para conservar la actual)',
      },
      roles: { editor: 'Editor', reviewer: 'Revisor', admin: 'Administrador' },
      inactive: 'Inactivo',
      helpers: { password: 'Al menos %{min} caracteres' },
    },
    'audit-log': {
      name: 'Entrada del registro de auditoría |||| Registro de auditoría',
      fields: {
        id: 'Id',
        createdAt: 'Cuándo',
        userId: 'Usuario',
        action: 'Acción',
        targetType: 'Tipo de registro',
        targetId: 'Registro',
        details: 'Detalles',
        createdAt_gte: 'Desde',
        createdAt_lte: 'Hasta',
      },
    },
    schedules: {
      name: 'Programado |||| Programados',
      fields: { eventId: 'Evento', publishAt: 'Publicar el', unpublishAt: 'Retirar el', cancelled: 'Cancelada' },
    },
    revisions: {
      name: 'Revisión |||| Revisiones',
      fields: { version: 'Versión', action: 'Paso', userId: 'Por', createdAt: 'Cuándo', comment: 'Comentario' },
    },
  },
}

export const workflowMessages = { en, es }
