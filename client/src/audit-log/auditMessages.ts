import type { Catalogue } from '../i18n/en'

/**
 * The audit log's actions and details in words, deep-merged into the
 * catalogues by en.ts and es.ts. An action the catalogue does not know yet is
 * shown as the server names it (auditActionLabel).
 */
const en = {
  rcm: {
    audit: {
      actions: {
        auth: {
          login: 'Signed in',
          'login-failed': 'Failed sign-in',
          logout: 'Signed out',
          'password-change': 'Changed password',
        },
        events: {
          submit: 'Submitted for review',
          'request-changes': 'Requested changes',
          publish: 'Published',
          unpublish: 'Unpublished',
          archive: 'Archived',
          delete: 'Deleted an event',
          restore: 'Restored a version',
          schedule: 'Scheduled',
          'back-to-draft': 'Edited in review: back to draft',
          'scheduled-publish-cancelled': 'Scheduled publication cancelled',
        },
        users: { create: 'Created a user', update: 'Changed a user', delete: 'Deleted a user' },
        venues: { delete: 'Deleted a venue' },
        institutions: { delete: 'Deleted an institution' },
        webhooks: {
          create: 'Created a webhook',
          update: 'Changed a webhook',
          delete: 'Deleted a webhook',
          'rotate-secret': 'Rotated a webhook secret',
          test: 'Sent a test notice',
        },
        import: 'Imported events',
      },
      target: { events: 'Event %{id}', users: 'User %{id}', webhooks: 'Webhook %{id}' },
      status_change: '%{from} → %{to}',
      comment: 'Comment: %{comment}',
    },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    audit: {
      actions: {
        auth: {
          login: 'Inició sesión',
          'login-failed': 'Inicio de sesión fallido',
          logout: 'Cerró sesión',
          'password-change': 'Cambió su contraseña',
        },
        events: {
          submit: 'Envió a revisión',
          'request-changes': 'Pidió cambios',
          publish: 'Publicó',
          unpublish: 'Retiró de la publicación',
          archive: 'Archivó',
          delete: 'Eliminó un evento',
          restore: 'Restauró una versión',
          schedule: 'Programó',
          'back-to-draft': 'Editado en revisión: vuelve a borrador',
          'scheduled-publish-cancelled': 'Publicación programada cancelada',
        },
        users: { create: 'Creó un usuario', update: 'Cambió un usuario', delete: 'Eliminó un usuario' },
        venues: { delete: 'Eliminó un lugar' },
        institutions: { delete: 'Eliminó una institución' },
        webhooks: {
          create: 'Creó un webhook',
          update: 'Cambió un webhook',
          delete: 'Eliminó un webhook',
          'rotate-secret': 'Renovó el secreto de un webhook',
          test: 'Envió un aviso de prueba',
        },
        import: 'Importó eventos',
      },
      target: { events: 'Evento %{id}', users: 'Usuario %{id}', webhooks: 'Webhook %{id}' },
      status_change: '%{from} → %{to}',
      comment: 'Comentario: %{comment}',
    },
  },
}

export const auditMessages = { en, es }
