import type { Catalogue } from '../i18n/en'

/** Texts of the dashboard (the home page), deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  rcm: {
    dashboard: {
      title: 'Dashboard',
      greeting: 'Hello, %{name}',
      // The panel shows its events; the link opens the events list filtered as the panel counts them.
      see_all: 'See it in the list |||| See all %{smart_count}',
      loading_failed: 'The dashboard could not be loaded. Reload the page to try again.',
      awaiting_review: {
        title: 'Awaiting your review',
        empty: 'Nothing is waiting for review.',
        line: 'Submitted by %{by}, %{when}',
      },
      changes_requested: {
        title: 'Sent back for changes',
        empty: 'No event has been sent back.',
        line: '%{by}, %{when}',
        no_comment: 'No comment was left.',
      },
      my_drafts: {
        title: 'Your drafts',
        empty: 'You have no drafts. Create an event to start one.',
        line: 'Edited %{when}',
      },
      upcoming: { title: 'In the next 60 days', empty: 'No event takes place in the next 60 days.' },
      missing: {
        title: 'Missing pieces',
        empty: 'Every event has its date, contact, venue and both languages.',
        date: 'No date',
        contact: 'No contact e-mail',
        venue: 'No venue (in person or hybrid)',
        en: 'English incomplete',
        es: 'Spanish incomplete',
      },
      scheduled: {
        title: 'Scheduled',
        empty: 'No scheduled publications yet.',
        publish_at: 'Publishes %{time}',
        unpublish_at: 'Unpublishes %{time}',
      },
      activity: {
        title: 'Recent activity by others',
        empty: 'Nobody else has changed anything yet.',
        someone: 'The system (import or schedule)',
      },
      undated: 'Date to be confirmed',
    },
    changes_requested: { title: '%{by} asked for changes (%{when})' },
    duplicate: { label: 'Duplicate' },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    dashboard: {
      title: 'Inicio',
      greeting: 'Hola, %{name}',
      see_all: 'Verlo en la lista |||| Ver los %{smart_count}',
      loading_failed: 'No se pudo cargar el panel. Recargue la página para intentarlo de nuevo.',
      awaiting_review: {
        title: 'Por revisar',
        empty: 'No hay nada pendiente de revisión.',
        line: 'Enviado por %{by}, %{when}',
      },
      changes_requested: {
        title: 'Devueltos con cambios',
        empty: 'No se ha devuelto ningún evento.',
        line: '%{by}, %{when}',
        no_comment: 'No se dejó comentario.',
      },
      my_drafts: {
        title: 'Sus borradores',
        empty: 'No tiene borradores. Cree un evento para empezar uno.',
        line: 'Editado %{when}',
      },
      upcoming: { title: 'En los próximos 60 días', empty: 'Ningún evento tiene lugar en los próximos 60 días.' },
      missing: {
        title: 'Datos que faltan',
        empty: 'Todos los eventos tienen fecha, contacto, sede y ambos idiomas.',
        date: 'Sin fecha',
        contact: 'Sin correo de contacto',
        venue: 'Sin sede (presencial o híbrido)',
        en: 'Inglés incompleto',
        es: 'Español incompleto',
      },
      scheduled: {
        title: 'Programados',
        empty: 'Aún no hay publicaciones programadas.',
        publish_at: 'Se publica %{time}',
        unpublish_at: 'Se retira %{time}',
      },
      activity: {
        title: 'Actividad reciente de otros',
        empty: 'Nadie más ha cambiado nada todavía.',
        someone: 'El sistema (importación o programación)',
      },
      undated: 'Fecha por confirmar',
    },
    changes_requested: { title: '%{by} pidió cambios (%{when})' },
    duplicate: { label: 'Duplicar' },
  },
}

export const dashboardMessages = { en, es }
