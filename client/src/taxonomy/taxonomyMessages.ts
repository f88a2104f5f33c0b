/** The texts of presidencies, event types, networks and countries (issue 18 §3), both languages. */
export const taxonomyMessages = {
  en: {
    resources: {
      presidencies: {
        name: 'Presidency |||| Presidencies',
        fields: {
          id: 'Id',
          countryCode: 'Member state',
          startDate: 'From',
          endDate: 'To',
          theme: 'Motto or theme',
        },
        related_events: 'Events of this presidency',
        export: 'Export its events',
        report: 'Report in English (print or save as PDF)',
        report_es: 'Report in Spanish (print or save as PDF)',
      },
      'event-types': {
        name: 'Event type |||| Event types',
        fields: { id: 'Id', name: 'Name' },
        related_events: 'Events of this type',
      },
      networks: {
        name: 'Network |||| Networks',
        fields: { id: 'Id', name: 'Name', acronym: 'Acronym' },
        related_events: 'Events it takes part in',
      },
      countries: {
        name: 'Country |||| Countries',
        fields: { id: 'Code', name: 'Name' },
        related_events: 'Events that concern it',
      },
      events: {
        fields: {
          presidencyId: 'Presidency',
          typeId: 'Type',
          countryCodes: 'Countries',
          networkIds: 'Networks',
          countryCode: 'Country',
          networkId: 'Network',
        },
      },
    },
    rcm: {
      taxonomy: {
        section: 'Presidency, type, countries and networks',
        presidency_help: 'Left empty: the presidency whose period holds the start date (%{name})',
        presidency_help_none: 'Left empty: the presidency whose period holds the start date (none yet)',
        json: 'JSON',
        csv: 'CSV (spreadsheet)',
        ics: 'iCalendar',
      },
    },
  },
  es: {
    resources: {
      presidencies: {
        name: 'Presidencia |||| Presidencias',
        fields: {
          id: 'Id',
          countryCode: 'País miembro',
          startDate: 'Desde',
          endDate: 'Hasta',
          theme: 'Lema o tema',
        },
        related_events: 'Eventos de esta presidencia',
        export: 'Exportar sus eventos',
        report: 'Informe en inglés (imprimir o guardar como PDF)',
        report_es: 'Informe en español (imprimir o guardar como PDF)',
      },
      'event-types': {
        name: 'Tipo de evento |||| Tipos de evento',
        fields: { id: 'Id', name: 'Nombre' },
        related_events: 'Eventos de este tipo',
      },
      networks: {
        name: 'Red |||| Redes',
        fields: { id: 'Id', name: 'Nombre', acronym: 'Siglas' },
        related_events: 'Eventos en los que participa',
      },
      countries: {
        name: 'País |||| Países',
        fields: { id: 'Código', name: 'Nombre' },
        related_events: 'Eventos que le conciernen',
      },
      events: {
        fields: {
          presidencyId: 'Presidencia',
          typeId: 'Tipo',
          countryCodes: 'Países',
          networkIds: 'Redes',
          countryCode: 'País',
          networkId: 'Red',
        },
      },
    },
    rcm: {
      taxonomy: {
        section: 'Presidencia, tipo, países y redes',
        presidency_help: 'Si se deja vacía: la presidencia cuyo período incluye la fecha de inicio (%{name})',
        presidency_help_none: 'Si se deja vacía: la presidencia cuyo período incluye la fecha de inicio (aún ninguna)',
        json: 'JSON',
        csv: 'CSV (hoja de cálculo)',
        ics: 'iCalendar',
      },
    },
  },
}
