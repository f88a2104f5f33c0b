import { taxonomyMessages } from '../taxonomy/taxonomyMessages'
import { mergeTranslations, type TranslationMessages } from 'react-admin'
import { eventFormMessages } from '../events/eventFormMessages'
import type { Catalogue, enApp } from './en'
import { webhookMessages } from '../webhooks/webhookMessages'
import { auditMessages } from '../audit-log/auditMessages'
import { calendarMessages } from '../calendar/calendarMessages'
import { timeMessages } from '../times/timeMessages'
import { dashboardMessages } from '../dashboard/dashboardMessages'
import { translationMessages } from '../translation/translationMessages'
import { importMessages } from '../import/importMessages'
import { accountMessages } from '../users/accountMessages'
import { draftMessages } from '../common/draftMessages'
import { noticeMessages } from '../notifications/noticeMessages'
import { fileMessages } from '../files/fileMessages'
import { notificationMessages } from './notificationMessages'
import { workflowMessages } from './workflowMessages'
import { withNamesInSentences } from './resourceNames'

/**
 * react-admin 5's own texts in Spanish. Carried here because the npm Spanish
 * packages were written for react-admin 4; a test checks that every key of
 * ra-language-english has its translation.
 */
const raSpanish: TranslationMessages['ra'] = {
  action: {
    add_filter: 'Agregar filtro',
    add: 'Agregar',
    back: 'Volver',
    bulk_actions: '1 elemento seleccionado |||| %{smart_count} elementos seleccionados',
    cancel: 'Cancelar',
    clear_array_input: 'Vaciar la lista',
    clear_input_value: 'Borrar el valor',
    clone: 'Duplicar',
    confirm: 'Confirmar',
    create: 'Crear',
    create_item: 'Crear %{item}',
    delete: 'Eliminar',
    edit: 'Editar',
    export: 'Exportar',
    list: 'Lista',
    refresh: 'Actualizar',
    remove_filter: 'Quitar este filtro',
    remove_all_filters: 'Quitar todos los filtros',
    remove: 'Quitar',
    reset: 'Restablecer',
    save: 'Guardar',
    search: 'Buscar',
    search_columns: 'Buscar columnas',
    select_all: 'Seleccionar todo',
    select_all_button: 'Seleccionar todo',
    select_row: 'Seleccionar esta fila',
    show: 'Ver',
    sort: 'Ordenar',
    undo: 'Deshacer',
    unselect: 'Deseleccionar',
    expand: 'Expandir',
    close: 'Cerrar',
    open_menu: 'Abrir el menú',
    close_menu: 'Cerrar el menú',
    update: 'Actualizar',
    move_up: 'Subir',
    move_down: 'Bajar',
    open: 'Abrir',
    toggle_theme: 'Cambiar entre modo claro y oscuro',
    select_columns: 'Columnas',
    update_application: 'Recargar la aplicación',
  },
  boolean: {
    true: 'Sí',
    false: 'No',
    null: ' ',
  },
  page: {
    create: 'Crear %{name}',
    dashboard: 'Inicio',
    edit: '%{name} %{recordRepresentation}',
    error: 'Algo salió mal',
    list: '%{name}',
    loading: 'Cargando',
    not_found: 'No encontrado',
    show: '%{name} %{recordRepresentation}',
    empty: 'Todavía no hay %{name}.',
    invite: '¿Quiere crear un registro?',
    access_denied: 'Acceso denegado',
    authentication_error: 'Error de autenticación',
  },
  input: {
    file: {
      upload_several: 'Suelte aquí los archivos que quiere subir, o haga clic para elegir uno.',
      upload_single: 'Suelte aquí el archivo que quiere subir, o haga clic para elegirlo.',
    },
    image: {
      upload_several: 'Suelte aquí las imágenes que quiere subir, o haga clic para elegir una.',
      upload_single: 'Suelte aquí la imagen que quiere subir, o haga clic para elegirla.',
    },
    references: {
      all_missing: 'No se encontraron los datos de referencia.',
      many_missing: 'Al menos una de las referencias asociadas ya no parece estar disponible.',
      single_missing: 'La referencia asociada ya no parece estar disponible.',
    },
    password: {
      toggle_visible: 'Ocultar la contraseña',
      toggle_hidden: 'Mostrar la contraseña',
    },
  },
  message: {
    about: 'Acerca de',
    access_denied: 'No tiene los permisos necesarios para acceder a esta página',
    are_you_sure: '¿Está seguro?',
    authentication_error:
      'El servidor de autenticación respondió con un error y no se pudieron verificar sus credenciales.',
    auth_error: 'Ocurrió un error al validar el token de autenticación.',
    bulk_delete_content:
      '¿Está seguro de que quiere eliminar este elemento? |||| ¿Está seguro de que quiere eliminar estos %{smart_count} elementos?',
    bulk_delete_title: 'Eliminar %{name} |||| Eliminar %{smart_count} %{name}',
    bulk_update_content:
      '¿Está seguro de que quiere actualizar %{name} %{recordRepresentation}? |||| ¿Está seguro de que quiere actualizar estos %{smart_count} elementos?',
    bulk_update_title: 'Actualizar %{name} %{recordRepresentation} |||| Actualizar %{smart_count} %{name}',
    clear_array_input: '¿Está seguro de que quiere vaciar toda la lista?',
    delete_content: '¿Está seguro de que quiere eliminar este elemento?',
    delete_title: 'Eliminar %{name} %{recordRepresentation}',
    details: 'Detalles',
    error: 'Ocurrió un error en el navegador y no se pudo completar su solicitud.',
    invalid_form: 'El formulario no es válido. Revise los errores.',
    loading: 'Espere, por favor',
    no: 'No',
    not_found: 'La dirección es incorrecta o el enlace que siguió no es válido',
    select_all_limit_reached:
      'Hay demasiados elementos para seleccionarlos todos. Solo se seleccionaron los primeros %{max}.',
    unsaved_changes: 'Algunos cambios no se guardaron. ¿Está seguro de que quiere descartarlos?',
    yes: 'Sí',
    placeholder_data_warning: 'Problema de red: no se pudieron actualizar los datos.',
  },
  navigation: {
    clear_filters: 'Quitar los filtros',
    no_filtered_results: 'No se encontraron resultados con los filtros actuales.',
    no_results: 'No se encontraron resultados',
    no_more_results: 'La página %{page} está fuera de rango. Pruebe con la página anterior.',
    page_out_of_boundaries: 'La página %{page} está fuera de rango',
    page_out_from_end: 'No hay páginas después de la última',
    page_out_from_begin: 'No hay páginas antes de la 1',
    page_range_info: '%{offsetBegin}-%{offsetEnd} de %{total}',
    partial_page_range_info: '%{offsetBegin}-%{offsetEnd} de más de %{offsetEnd}',
    current_page: 'Página %{page}',
    page: 'Ir a la página %{page}',
    first: 'Ir a la primera página',
    last: 'Ir a la última página',
    next: 'Ir a la página siguiente',
    previous: 'Ir a la página anterior',
    page_rows_per_page: 'Filas por página:',
    skip_nav: 'Saltar al contenido',
  },
  sort: {
    sort_by: 'Ordenar por %{field_lower_first} %{order}',
    ASC: 'ascendente',
    DESC: 'descendente',
  },
  auth: {
    auth_check_error: 'Inicie sesión para continuar',
    user_menu: 'Perfil',
    username: 'Usuario',
    password: 'Contraseña',
    email: 'Correo electrónico',
    sign_in: 'Iniciar sesión',
    sign_in_error: 'No se pudo iniciar sesión; inténtelo de nuevo',
    logout: 'Cerrar sesión',
  },
  notification: {
    updated: 'Elemento actualizado |||| %{smart_count} elementos actualizados',
    created: 'Elemento creado',
    deleted: 'Elemento eliminado |||| %{smart_count} elementos eliminados',
    bad_item: 'Elemento incorrecto',
    item_doesnt_exist: 'El elemento no existe',
    http_error: 'Error de comunicación con el servidor',
    data_provider_error: 'Error del dataProvider. Consulte la consola para ver los detalles.',
    i18n_error: 'No se pudieron cargar las traducciones del idioma elegido',
    canceled: 'Acción cancelada',
    logged_out: 'Su sesión terminó; vuelva a iniciarla.',
    not_authorized: 'No tiene autorización para acceder a este recurso.',
    application_update_available: 'Hay una nueva versión disponible.',
    offline: 'Sin conexión. No se pudieron obtener los datos.',
  },
  validation: {
    required: 'Obligatorio',
    minLength: 'Debe tener al menos %{min} caracteres',
    maxLength: 'Debe tener %{max} caracteres o menos',
    minValue: 'Debe ser al menos %{min}',
    maxValue: 'Debe ser %{max} o menos',
    number: 'Debe ser un número',
    email: 'Debe ser un correo electrónico válido',
    oneOf: 'Debe ser uno de estos: %{options}',
    regex: 'Debe tener un formato específico (expresión regular): %{pattern}',
    unique: 'Debe ser único',
  },
  saved_queries: {
    label: 'Consultas guardadas',
    query_name: 'Nombre de la consulta',
    new_label: 'Guardar la consulta actual...',
    new_dialog_title: 'Guardar la consulta actual como',
    remove_label: 'Eliminar la consulta guardada',
    remove_label_with_name: 'Eliminar la consulta "%{name}"',
    remove_dialog_title: '¿Eliminar la consulta guardada?',
    remove_message: '¿Está seguro de que quiere quitar este elemento de su lista de consultas guardadas?',
    help: 'Filtre la lista y guarde esta consulta para más tarde',
  },
  guesser: {
    empty: {
      title: 'No hay datos para mostrar',
      message: 'Revise su proveedor de datos',
    },
  },
  configurable: {
    customize: 'Personalizar',
    configureMode: 'Configurar esta página',
    inspector: {
      title: 'Inspector',
      content: 'Pase el cursor sobre los elementos de la interfaz para configurarlos',
      reset: 'Restablecer la configuración',
      hideAll: 'Ocultar todo',
      showAll: 'Mostrar todo',
    },
    Datagrid: {
      title: 'Tabla',
      unlabeled: 'Columna sin etiqueta n.º %{column}',
    },
    SimpleForm: {
      title: 'Formulario',
      unlabeled: 'Campo sin etiqueta n.º %{input}',
    },
    SimpleList: {
      title: 'Lista',
      primaryText: 'Texto principal',
      secondaryText: 'Texto secundario',
      tertiaryText: 'Texto terciario',
    },
  },
}

/** The app's Spanish texts, key for key the English ones of en.ts. */
export const esApp: Catalogue<typeof enApp> = {
  ra: {
    locales: { en: 'Inglés', es: 'Español' },
    message: { not_found: 'La dirección es incorrecta o el enlace que siguió no es válido' },
    tiptap: {
      align_left: 'Alinear a la izquierda',
      align_right: 'Alinear a la derecha',
      align_center: 'Centrar',
      align_justify: 'Justificar',
      blockquote: 'Cita',
      bold: 'Negrita',
      clear_format: 'Quitar el formato',
      code: 'Código',
      color: 'Color',
      current_level: 'Nivel actual',
      heading1: 'Título 1',
      heading2: 'Título 2',
      heading3: 'Título 3',
      heading4: 'Título 4',
      heading5: 'Título 5',
      heading6: 'Título 6',
      highlight: 'Resaltar',
      image: 'Imagen',
      image_dialog: 'URL de la imagen',
      italic: 'Cursiva',
      link: 'Agregar un enlace',
      list_bulleted: 'Lista con viñetas',
      list_numbered: 'Lista numerada',
      paragraph: 'Normal',
      select_level: 'Elegir el nivel',
      strike: 'Tachado',
      underline: 'Subrayado',
    },
  },
  rcm: {
    title: 'Calendario de eventos de la CRM',
    conference: 'Conferencia Regional sobre Migración',
    language: 'Idioma',
    dates: { to_be_confirmed: 'por confirmar' },
    notification: {
      conflict:
        'Otra persona guardó este registro después de que usted lo abrió. Recargue la página para ver sus cambios y vuelva a hacer los suyos.',
    },
    related_events: { none: 'Todavía no lo usa ningún evento.' },
    // the History tab's version list (its other texts are in workflowMessages)
    history: { versions: 'Versiones' },
  },
  resources: {
    events: {
      name: 'Evento |||| Eventos',
      fields: {
        id: 'Id',
        title: 'Título',
        description: 'Acerca del evento',
        objectives: 'Objetivos',
        dates: 'Fechas',
        startDate: 'Fecha de inicio',
        endDate: 'Fecha de fin',
        modality: 'Modalidad',
        city: 'Ciudad',
        venueId: 'Lugar',
        institutionIds: 'Instituciones coordinadoras',
        contactEmails: 'Correo electrónico',
        contactPhones: 'Teléfono',
        status: 'Estado',
        hasUnpublishedChanges: 'Cambios sin publicar',
        publishedAt: 'Publicado',
        createdAt: 'Creado',
        updatedAt: 'Actualizado',
      },
      filters: {
        startDate_gte: 'Inicio desde',
        startDate_lte: 'Inicio hasta',
        institutionId: 'Institución',
      },
      modality: { in_person: 'Presencial', virtual: 'Virtual', hybrid: 'Híbrida' },
      status: {
        draft: 'Borrador',
        in_review: 'En revisión',
        published: 'Publicado',
        archived: 'Archivado',
        unpublished_changes: 'Cambios sin publicar',
      },
      preview: {
        button: 'Vista previa',
        hint: 'Cómo se verá la versión guardada en el calendario público (se abre en una pestaña nueva)',
      },
      show: { about: 'Acerca del evento' },
    },
    venues: {
      name: 'Lugar |||| Lugares',
      fields: { id: 'Id', name: 'Nombre', city: 'Ciudad', country: 'País', address: 'Dirección' },
      helpers: { country: 'Código ISO de dos letras, p. ej. SV' },
      related_events: 'Eventos en este lugar',
    },
    institutions: {
      name: 'Institución |||| Instituciones',
      fields: { id: 'Id', name: 'Nombre', acronym: 'Sigla' },
      related_events: 'Eventos que coordina',
    },
  },
}

/** react-admin and the app in Spanish, the event form's texts included. */
const esMerged: TranslationMessages = mergeTranslations(
  { ra: raSpanish },
  esApp,
  eventFormMessages.es,
  workflowMessages.es,
  webhookMessages.es,
  importMessages.es,
  accountMessages.es,
  draftMessages.es,
  dashboardMessages.es,
  translationMessages.es,
  auditMessages.es,
  calendarMessages.es,
  notificationMessages.es,
  noticeMessages.es,
  fileMessages.es,
  // times and meeting link (issue 18 §2)
  timeMessages.es,
  taxonomyMessages.es,
)

/** The same, with the resources' names as they read inside a sentence. */
export const es: TranslationMessages = withNamesInSentences(esMerged, raSpanish.page.create)
