import type { Catalogue } from '../i18n/en'

/**
 * Texts of the webhooks pages, deep-merged into the catalogues by
 * `i18n/en.ts` and `i18n/es.ts`; `es` is typed by `en`, so a key missing in
 * one language does not compile.
 */
const en = {
  resources: {
    webhooks: {
      empty: 'No webhooks yet. Create one to tell another system whenever an event is published or changed.',
      name: 'Webhook |||| Webhooks',
      fields: {
        id: 'Id',
        url: 'URL',
        description: 'Description',
        notices: 'Notices',
        active: 'Active',
        secret: 'Signing secret',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      notices: {
        published: 'Published',
        republished: 'Republished',
        unpublished: 'Unpublished',
        archived: 'Archived',
        test: 'Test',
      },
      helpers: {
        url: 'Where the notices are POSTed, e.g. https://www.crmsv.org/hooks/calendar',
        notices: 'What the receiver is told about',
        secret: 'The website verifies each notice’s X-RCM-Signature with this secret (see docs/webhooks.md).',
      },
      actions: {
        test: 'Send test notice',
        test_queued: 'Test notice queued; it is sent within seconds',
        rotate: 'New secret',
        rotate_confirm:
          'Notices will be signed with a new secret at once; the website must switch to it, or it will refuse them. Continue?',
        rotated: 'New secret generated',
      },
    },
    'webhook-deliveries': {
      name: 'Deliveries',
      empty: 'No notice sent yet.',
      fields: {
        id: 'Id',
        createdAt: 'Queued',
        type: 'Notice',
        eventId: 'Event',
        status: 'Status',
        attempts: 'Attempts',
        lastStatusCode: 'Last answer',
        lastError: 'Last error',
        nextAttemptAt: 'Next attempt',
      },
      status: { pending: 'Pending', in_progress: 'Sending', succeeded: 'Delivered', failed: 'Failed' },
      actions: { redeliver: 'Send again', redelivering: 'Queued to be sent again' },
    },
  },
}

const es: Catalogue<typeof en> = {
  resources: {
    webhooks: {
      empty: 'Aún no hay webhooks. Cree uno para avisar a otro sistema cada vez que un evento se publica o cambia.',
      name: 'Webhook |||| Webhooks',
      fields: {
        id: 'Id',
        url: 'URL',
        description: 'Descripción',
        notices: 'Avisos',
        active: 'Activo',
        secret: 'Secreto de firma',
        createdAt: 'Creado',
        updatedAt: 'Actualizado',
      },
      notices: {
        published: 'Publicado',
        republished: 'Republicado',
        unpublished: 'Retirado',
        archived: 'Archivado',
        test: 'Prueba',
      },
      helpers: {
        url: 'Adonde se envían (POST) los avisos, p. ej. https://www.crmsv.org/hooks/calendar',
        notices: 'De qué se avisa al receptor',
        secret: 'El sitio web verifica la X-RCM-Signature de cada aviso con este secreto (véase docs/webhooks.md).',
      },
      actions: {
        test: 'Enviar aviso de prueba',
        test_queued: 'Aviso de prueba en cola; se envía en unos segundos',
        rotate: 'Nuevo secreto',
        rotate_confirm:
          'Los avisos se firmarán con un secreto nuevo de inmediato; el sitio web debe pasar a usarlo o los rechazará. ¿Continuar?',
        rotated: 'Nuevo secreto generado',
      },
    },
    'webhook-deliveries': {
      name: 'Entregas',
      empty: 'Aún no se ha enviado ningún aviso.',
      fields: {
        id: 'Id',
        createdAt: 'En cola desde',
        type: 'Aviso',
        eventId: 'Evento',
        status: 'Estado',
        attempts: 'Intentos',
        lastStatusCode: 'Última respuesta',
        lastError: 'Último error',
        nextAttemptAt: 'Próximo intento',
      },
      status: { pending: 'Pendiente', in_progress: 'Enviando', succeeded: 'Entregado', failed: 'Fallido' },
      actions: { redeliver: 'Enviar de nuevo', redelivering: 'En cola para enviarse de nuevo' },
    },
  },
}

export const webhookMessages = { en, es }
