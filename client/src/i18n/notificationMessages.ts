import type { Catalogue } from './en'

/**
 * What react-admin says after a save or a deletion, naming the thing ("Event
 * saved", not "Element updated"): it reads resources.{name}.notifications first.
 */
const en = {
  resources: {
    events: {
      notifications: {
        created: 'Event created',
        updated: 'Event saved |||| %{smart_count} events saved',
        updated_to_draft: 'Event saved. It was in review and is now a draft: submit it for review again.',
        deleted: 'Event deleted |||| %{smart_count} events deleted',
      },
    },
    venues: {
      notifications: {
        created: 'Venue created',
        updated: 'Venue saved |||| %{smart_count} venues saved',
        deleted: 'Venue deleted |||| %{smart_count} venues deleted',
      },
    },
    institutions: {
      notifications: {
        created: 'Institution created',
        updated: 'Institution saved |||| %{smart_count} institutions saved',
        deleted: 'Institution deleted |||| %{smart_count} institutions deleted',
      },
    },
    users: {
      notifications: {
        created: 'User created',
        updated: 'User saved |||| %{smart_count} users saved',
        deleted: 'User deleted |||| %{smart_count} users deleted',
      },
    },
    webhooks: {
      notifications: {
        created: 'Webhook created',
        updated: 'Webhook saved |||| %{smart_count} webhooks saved',
        deleted: 'Webhook deleted |||| %{smart_count} webhooks deleted',
      },
    },
  },
}

const es: Catalogue<typeof en> = {
  resources: {
    events: {
      notifications: {
        created: 'Evento creado',
        updated: 'Evento guardado |||| %{smart_count} eventos guardados',
        updated_to_draft: 'Evento guardado. Estaba en revisión y ahora es un borrador: envíelo de nuevo a revisión.',
        deleted: 'Evento eliminado |||| %{smart_count} eventos eliminados',
      },
    },
    venues: {
      notifications: {
        created: 'Lugar creado',
        updated: 'Lugar guardado |||| %{smart_count} lugares guardados',
        deleted: 'Lugar eliminado |||| %{smart_count} lugares eliminados',
      },
    },
    institutions: {
      notifications: {
        created: 'Institución creada',
        updated: 'Institución guardada |||| %{smart_count} instituciones guardadas',
        deleted: 'Institución eliminada |||| %{smart_count} instituciones eliminadas',
      },
    },
    users: {
      notifications: {
        created: 'Usuario creado',
        updated: 'Usuario guardado |||| %{smart_count} usuarios guardados',
        deleted: 'Usuario eliminado |||| %{smart_count} usuarios eliminados',
      },
    },
    webhooks: {
      notifications: {
        created: 'Webhook creado',
        updated: 'Webhook guardado |||| %{smart_count} webhooks guardados',
        deleted: 'Webhook eliminado |||| %{smart_count} webhooks eliminados',
      },
    },
  },
}

export const notificationMessages = { en, es }
