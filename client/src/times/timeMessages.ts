import type { Catalogue } from '../i18n/en'

/** Texts of the event times, time zone and meeting link (issue 18 §2), deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  resources: {
    events: {
      fields: {
        startTime: 'Start time',
        endTime: 'End time',
        timeZone: 'Time zone',
        meetingUrl: 'Meeting link',
        meetingUrlPublic: 'Link shown to the public',
      },
    },
  },
  rcm: {
    times: {
      startTime: 'Start time',
      endTime: 'End time',
      timeHelp: 'Leave empty for an all-day event',
      timeZone: 'Time zone',
      timeZoneHelp: "The times are in this zone; the venue's country fills it in",
      meetingUrl: 'Meeting link',
      meetingUrlHelp: 'https:// only',
      meetingUrlPublic: 'Show the link on the public calendar',
      time: 'Time',
      your_time: '%{time} your time',
      on_day: '%{time} on %{day}',
      meeting_private: 'not shown to the public',
    },
  },
}

const es: Catalogue<typeof en> = {
  resources: {
    events: {
      fields: {
        startTime: 'Hora de inicio',
        endTime: 'Hora de fin',
        timeZone: 'Zona horaria',
        meetingUrl: 'Enlace de la reunión',
        meetingUrlPublic: 'Enlace visible al público',
      },
    },
  },
  rcm: {
    times: {
      startTime: 'Hora de inicio',
      endTime: 'Hora de fin',
      timeHelp: 'Deje vacío para un evento de todo el día',
      timeZone: 'Zona horaria',
      timeZoneHelp: 'Las horas están en esta zona; el país de la sede la completa',
      meetingUrl: 'Enlace de la reunión',
      meetingUrlHelp: 'Solo https://',
      meetingUrlPublic: 'Mostrar el enlace en el calendario público',
      time: 'Hora',
      your_time: '%{time} su hora',
      on_day: '%{time} del %{day}',
      meeting_private: 'no se muestra al público',
    },
  },
}

export const timeMessages = { en, es }
