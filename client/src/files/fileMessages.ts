/** Texts of the event form's documents and cover image (issue 18 §1), deep-merged into the catalogues by en.ts and es.ts. */
const en = {
  // Named in the notice of unsaved changes kept in the browser, among the other fields.
  resources: { events: { fields: { documents: 'Documents', imageFileId: 'Cover image' } } },
  rcm: {
    files: {
      documents: 'Documents',
      documents_help:
        'Agenda, concept note, presentations, report… PDF, Word, Excel, PowerPoint, OpenDocument or images.',
      drop_here: 'Drop files here, or',
      choose_files: 'Choose files',
      uploading: 'Uploading %{name}',
      upload_failed: '%{name} was not attached: %{message}',
      document_number: 'Document %{number}',
      file_link: 'Open the file',
      title_en: 'Title (English)',
      title_es: 'Title (Spanish)',
      kind: 'Kind',
      language: 'Language',
      move_up: 'Move document %{number} up',
      move_down: 'Move document %{number} down',
      replace: 'Replace the file of document %{number}',
      remove: 'Remove document %{number}',
      kinds: {
        agenda: 'Agenda',
        concept_note: 'Concept note',
        presentation: 'Presentation',
        report: 'Report',
        declaration: 'Declaration',
        photo: 'Photo',
        other: 'Other',
      },
      languages: { en: 'English', es: 'Spanish', both: 'Both' },
      // The language of a document as the event's page lists it, after its kind, format and size.
      written_in: { en: 'English', es: 'Spanish', both: 'English and Spanish' },
      cover: 'Cover image',
      cover_help: 'PNG, JPEG or WebP; location data is removed.',
      cover_preview: 'The cover image',
      choose_cover: 'Choose a cover image',
      replace_cover: 'Replace the cover image',
      remove_cover: 'Remove the cover image',
      no_cover: 'No cover image.',
      network_error: 'the connection failed',
    },
  },
}

const es: typeof en = {
  resources: { events: { fields: { documents: 'Documentos', imageFileId: 'Imagen de portada' } } },
  rcm: {
    files: {
      documents: 'Documentos',
      documents_help:
        'Agenda, nota conceptual, presentaciones, informe… PDF, Word, Excel, PowerPoint, OpenDocument o imágenes.',
      drop_here: 'Suelte los archivos aquí, o',
      choose_files: 'Elegir archivos',
      uploading: 'Subiendo %{name}',
      upload_failed: '%{name} no se adjuntó: %{message}',
      document_number: 'Documento %{number}',
      file_link: 'Abrir el archivo',
      title_en: 'Título (inglés)',
      title_es: 'Título (español)',
      kind: 'Tipo de documento',
      language: 'Idioma',
      move_up: 'Subir el documento %{number}',
      move_down: 'Bajar el documento %{number}',
      replace: 'Reemplazar el archivo del documento %{number}',
      remove: 'Quitar el documento %{number}',
      kinds: {
        agenda: 'Agenda',
        concept_note: 'Nota conceptual',
        presentation: 'Presentación',
        report: 'Informe',
        declaration: 'Declaración',
        photo: 'Fotografía',
        other: 'Otro',
      },
      languages: { en: 'Inglés', es: 'Español', both: 'Ambos' },
      written_in: { en: 'inglés', es: 'español', both: 'español e inglés' },
      cover: 'Imagen de portada',
      cover_help: 'PNG, JPEG o WebP; se eliminan los datos de ubicación.',
      cover_preview: 'La imagen de portada',
      choose_cover: 'Elegir una imagen de portada',
      replace_cover: 'Reemplazar la imagen de portada',
      remove_cover: 'Quitar la imagen de portada',
      no_cover: 'Sin imagen de portada.',
      network_error: 'falló la conexión',
    },
  },
}

export const fileMessages = { en, es }
