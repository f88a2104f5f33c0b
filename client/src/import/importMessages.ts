import type { Catalogue } from '../i18n/en'

/** Texts of the Import page and the events list's Export menu, deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  rcm: {
    import: {
      title: 'Import events',
      open: 'Import',
      intro:
        'Import a file from the Export menu of this calendar or another copy of it: the list as CSV or JSON, or a public feed ' +
        'in JSON or CSV. An event imported before is updated, not copied, and only what the file changes is written; a feed in ' +
        'one language changes that language only. Check the file first: nothing is written until you confirm.',
      file: 'File',
      choose_file: 'Choose a file',
      no_file: 'No file chosen',
      format: 'Format',
      status: 'Status of new events',
      status_draft: 'Draft',
      status_published: 'Published',
      check: 'Check the file',
      confirm: 'Import',
      checked: 'What the import would do',
      done: 'What was imported',
      nothing_written: 'Nothing has been written yet.',
      summary: '%{created} to create, %{updated} to update, %{unchanged} unchanged, %{error} with errors.',
      summary_done: '%{created} created, %{updated} updated, %{unchanged} unchanged, %{error} with errors.',
      imported: 'Import finished',
      too_large: 'The file is larger than 1 MB. Import it on the server with npm run import.',
      unreadable: 'The file cannot be read. Choose it again, or export it again.',
      columns: { where: 'Line / id', title: 'Title', action: 'Result', message: 'Details' },
      where_line: 'line %{line}',
      where_id: 'id %{id}',
      action: { created: 'Create', updated: 'Update', unchanged: 'Unchanged', error: 'Error' },
      action_done: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', error: 'Not imported' },
      reading: 'Reading the file…',
      progress: '%{done} of %{total} events done…',
      errors_omitted: 'The first %{listed} errors are listed; %{omitted} more are not. Every error, by reason:',
      errors_by_reason: 'Errors by reason',
      reason_columns: { reason: 'Reason', count: 'Events' },
      errors: 'Errors',
      error_row: 'Row %{line}: %{message}',
      error_event: 'Event %{index}: %{message}',
    },
    export: {
      menu: 'Export',
      list_csv: 'This list as CSV',
      list_json: 'This list as JSON',
      feeds: 'Public feeds (published events)',
      feed_json: 'Public feed: JSON',
      feed_csv: 'Public feed: CSV',
      feed_ics: 'Public feed: iCalendar',
      feed_ics_note: 'For calendar apps; Import does not take it',
    },
  },
}

const es: Catalogue<typeof en> = {
  rcm: {
    import: {
      title: 'Importar eventos',
      open: 'Importar',
      intro:
        'Importe un archivo del menú Exportar de este calendario o de otra copia: la lista en CSV o JSON, o una fuente pública ' +
        'en JSON o CSV. Un evento ya importado se actualiza, no se duplica, y solo se guarda lo que el archivo cambia; una fuente ' +
        'en un idioma cambia solo ese idioma. Revise primero el archivo: nada se guarda hasta que lo confirme.',
      file: 'Archivo',
      choose_file: 'Elegir un archivo',
      no_file: 'Ningún archivo elegido',
      format: 'Formato',
      status: 'Estado de los eventos nuevos',
      status_draft: 'Borrador',
      status_published: 'Publicado',
      check: 'Revisar el archivo',
      confirm: 'Importar',
      checked: 'Lo que haría la importación',
      done: 'Lo que se importó',
      nothing_written: 'Aún no se ha guardado nada.',
      summary: '%{created} por crear, %{updated} por actualizar, %{unchanged} sin cambios, %{error} con errores.',
      summary_done: '%{created} creados, %{updated} actualizados, %{unchanged} sin cambios, %{error} con errores.',
      imported: 'Importación terminada',
      too_large: 'El archivo pesa más de 1 MB. Impórtelo en el servidor con npm run import.',
      unreadable: 'No se puede leer el archivo. Elíjalo de nuevo o vuelva a exportarlo.',
      columns: { where: 'Línea / id', title: 'Título', action: 'Resultado', message: 'Detalles' },
      where_line: 'línea %{line}',
      where_id: 'id %{id}',
      action: { created: 'Crear', updated: 'Actualizar', unchanged: 'Sin cambios', error: 'Error' },
      action_done: { created: 'Creado', updated: 'Actualizado', unchanged: 'Sin cambios', error: 'No importado' },
      reading: 'Leyendo el archivo…',
      progress: '%{done} de %{total} eventos hechos…',
      errors_omitted:
        'Se listan los primeros %{listed} errores; %{omitted} más no se listan. Todos los errores, por motivo:',
      errors_by_reason: 'Errores por motivo',
      reason_columns: { reason: 'Motivo', count: 'Eventos' },
      errors: 'Errores',
      error_row: 'Fila %{line}: %{message}',
      error_event: 'Evento %{index}: %{message}',
    },
    export: {
      menu: 'Exportar',
      list_csv: 'Esta lista en CSV',
      list_json: 'Esta lista en JSON',
      feeds: 'Fuentes públicas (eventos publicados)',
      feed_json: 'Fuente pública: JSON',
      feed_csv: 'Fuente pública: CSV',
      feed_ics: 'Fuente pública: iCalendar',
      feed_ics_note: 'Para aplicaciones de calendario; Importar no lo admite',
    },
  },
}

export const importMessages = { en, es }
