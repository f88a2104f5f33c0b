/**
 * Texts of the event create/edit form, deep-merged into the catalogues by
 * `i18n/en.ts` and `i18n/es.ts`. `es` is typed as `en`, so a key missing in
 * one language does not compile.
 */
const en = {
  resources: {
    events: {
      form: {
        sections: {
          about: 'About the event',
          whenWhere: 'When and where',
          organisers: 'Organisers and contacts',
          objectives: 'Objectives',
        },
        title: 'Title',
        titleLength: '%{count} characters, of at most %{max}',
        description: 'About the event',
        startDate: 'Start date',
        startDateHelp: 'Leave empty while the date is to be confirmed',
        endDate: 'End date',
        endDateHelp: 'Leave empty for a one-day event',
        modality: 'Modality',
        modalities: { in_person: 'In person', virtual: 'Virtual', hybrid: 'Hybrid' },
        city: 'City',
        venue: 'Venue',
        venueHelp: 'Type to search; a name not found can be added',
        institutions: 'Coordinating institutions',
        institutionsHelp: 'Shown in the order chosen; remove and add again to change it',
        contactEmails: 'Contact emails',
        email: 'Email',
        emailHelp: 'e.g. crmst@iom.int',
        addEmail: 'Add email',
        removeEmail: 'Remove email',
        contactPhones: 'Contact phones',
        phone: 'Phone',
        phoneHelp: 'International form: + country code, then the number, e.g. +506 88511009',
        addPhone: 'Add phone',
        removePhone: 'Remove phone',
        objectives: {
          help: 'e.g. "General objective" as a paragraph, "Specific objectives" as a numbered list',
          section: 'Section %{number}',
          heading: 'Heading',
          headingHelp: 'e.g. General objective, Specific objectives',
          hasIntro: 'Lead paragraph',
          intro: 'Lead paragraph',
          style: 'Show items as',
          styles: { paragraph: 'Paragraphs', bullets: 'Bullet list', numbered: 'Numbered list' },
          items: 'Items',
          itemText: 'Item text',
          subItems: 'Sub-items',
          subItemText: 'Sub-item text',
          addSection: 'Add section',
          addItem: 'Add item',
          addSubItem: 'Add sub-item',
          removeSection: 'Remove section',
          removeItem: 'Remove item',
          removeSubItem: 'Remove sub-item',
          moveSectionUp: 'Move section up',
          moveSectionDown: 'Move section down',
          moveItemUp: 'Move item up',
          moveItemDown: 'Move item down',
          moveSubItemUp: 'Move sub-item up',
          moveSubItemDown: 'Move sub-item down',
        },
        createVenue: {
          title: 'New venue',
          nameEn: 'Name in English',
          nameEs: 'Name in Spanish',
          city: 'City',
          country: 'Country',
          countryHelp: 'Two-letter ISO code, e.g. SV',
        },
        createInstitution: {
          title: 'New institution',
          nameEn: 'Name in English',
          nameEs: 'Name in Spanish',
          acronymEn: 'Acronym in English',
          acronymEs: 'Acronym in Spanish',
        },
        conflict:
          'Someone else changed this event after you opened it. Your changes are still in the form: ' +
          'copy what you need, then reload the page to see the latest version.',
        notFound: 'This event does not exist (or was deleted).',
        inReview:
          'This event is in review. Saving your changes sends it back to draft: ' +
          'it will have to be submitted for review again, and a scheduled publication is cancelled.',
      },
    },
  },
}

export type EventFormMessages = typeof en

const es: EventFormMessages = {
  resources: {
    events: {
      form: {
        sections: {
          about: 'Acerca del evento',
          whenWhere: 'Cuándo y dónde',
          organisers: 'Organizadores y contactos',
          objectives: 'Objetivos',
        },
        title: 'Título',
        titleLength: '%{count} caracteres, de %{max} como máximo',
        description: 'Acerca del evento',
        startDate: 'Fecha de inicio',
        startDateHelp: 'Déjela vacía mientras la fecha esté por confirmar',
        endDate: 'Fecha de fin',
        endDateHelp: 'Déjela vacía si el evento dura un día',
        modality: 'Modalidad',
        modalities: { in_person: 'Presencial', virtual: 'Virtual', hybrid: 'Híbrida' },
        city: 'Ciudad',
        venue: 'Lugar',
        venueHelp: 'Escriba para buscar; si no lo encuentra, puede agregarlo',
        institutions: 'Instituciones coordinadoras',
        institutionsHelp: 'Se muestran en el orden elegido; quítela y vuelva a agregarla para cambiarlo',
        contactEmails: 'Correos de contacto',
        email: 'Correo electrónico',
        emailHelp: 'p. ej. crmst@iom.int',
        addEmail: 'Agregar correo',
        removeEmail: 'Quitar correo',
        contactPhones: 'Teléfonos de contacto',
        phone: 'Teléfono',
        phoneHelp: 'Formato internacional: + código de país y el número, p. ej. +506 88511009',
        addPhone: 'Agregar teléfono',
        removePhone: 'Quitar teléfono',
        objectives: {
          help: 'p. ej. «Objetivo general» como párrafo, «Objetivos específicos» como lista numerada',
          section: 'Sección %{number}',
          heading: 'Encabezado',
          headingHelp: 'p. ej. Objetivo general, Objetivos específicos',
          hasIntro: 'Párrafo introductorio',
          intro: 'Párrafo introductorio',
          style: 'Mostrar los puntos como',
          styles: { paragraph: 'Párrafos', bullets: 'Lista con viñetas', numbered: 'Lista numerada' },
          items: 'Puntos',
          itemText: 'Texto del punto',
          subItems: 'Subpuntos',
          subItemText: 'Texto del subpunto',
          addSection: 'Agregar sección',
          addItem: 'Agregar punto',
          addSubItem: 'Agregar subpunto',
          removeSection: 'Quitar sección',
          removeItem: 'Quitar punto',
          removeSubItem: 'Quitar subpunto',
          moveSectionUp: 'Subir sección',
          moveSectionDown: 'Bajar sección',
          moveItemUp: 'Subir punto',
          moveItemDown: 'Bajar punto',
          moveSubItemUp: 'Subir subpunto',
          moveSubItemDown: 'Bajar subpunto',
        },
        createVenue: {
          title: 'Nuevo lugar',
          nameEn: 'Nombre en inglés',
          nameEs: 'Nombre en español',
          city: 'Ciudad',
          country: 'País',
          countryHelp: 'Código ISO de dos letras, p. ej. SV',
        },
        createInstitution: {
          title: 'Nueva institución',
          nameEn: 'Nombre en inglés',
          nameEs: 'Nombre en español',
          acronymEn: 'Sigla en inglés',
          acronymEs: 'Sigla en español',
        },
        conflict:
          'Otra persona modificó este evento después de que usted lo abrió. Sus cambios siguen en el formulario: ' +
          'copie lo que necesite y recargue la página para ver la versión más reciente.',
        notFound: 'Este evento no existe (o se eliminó).',
        inReview:
          'Este evento está en revisión. Al guardar sus cambios vuelve a borrador: ' +
          'habrá que enviarlo de nuevo a revisión, y se cancela la publicación programada.',
      },
    },
  },
}

export const eventFormMessages = { en, es }
