import type { Language, WorkflowStep } from '@rcm/shared'
import type { AddressKind } from '../webhooks/webhook-targets'

/** A message in every language the admin app speaks; the error handler sends the request's one. */
export type Text = Record<Language, string>

/** The records a 404 can name (crudRoutes' `label`, parseId's `what`). */
export type RecordKind =
  | 'Resource'
  | 'Event'
  | 'Venue'
  | 'Institution'
  | 'User'
  | 'Revision'
  | 'Schedule'
  | 'Audit entry'
  | 'Webhook'
  | 'Webhook delivery'
  | 'File'
  // issue 18 §3
  | 'Presidency'
  | 'Event type'
  | 'Network'
  | 'Country'

/** An event's state as a 409 names it: `published` splits on whether it has unpublished changes. */
export type DescribedState = 'draft' | 'in_review' | 'published_with_changes' | 'published_without_changes' | 'archived'

const en = {
  invalidInput: 'Invalid input',
  badRequest: 'Bad request',
  internalError: 'Internal error',
  signInFirst: 'Sign in first',
  badCredentials: 'Wrong email or password',
  tooManySignIns: 'Too many failed sign-in attempts; try again later',
  notAllowed: 'You are not allowed to do this',
  crossOrigin: 'Cross-origin requests are not allowed',
  notFound: (what: RecordKind) => `${what} not found`,
  methodNotAllowed: 'Method not allowed',
  sendJson: 'Send the body as JSON, with Content-Type: application/json',
  bodyNotJson: 'The body is not valid JSON (an object or an array)',
  bodyTooLarge: 'The body is larger than 1 MB',
  noContentEncoding: 'Send the body without Content-Encoding',
  utf8Only: 'Send JSON as UTF-8',
  requestAborted: 'The request was aborted',
  bodyTooShort: 'The body is shorter than its Content-Length',
  importTooLarge: 'The file is larger than 1 MB: import it on the server with npm run import -- FILE --format json|csv',
  malformedUrl: 'The URL is malformed',
  emailTaken: 'Another account uses this email',
  lastAdmin: 'This is the last active administrator; make another user an active administrator first',
  notCurrentPassword: 'This is not your current password',
  commonPassword: 'This password is too common; choose another',
  fewDifferentCharacters: 'Use more different characters',
  passwordHasEmail: 'Do not use your email address in the password',
  inUseByEvents: (count: number, kind: 'venue' | 'institution') =>
    `Used by ${count} ${count === 1 ? 'event' : 'events'}; ` +
    (kind === 'venue' ? 'give them another venue before deleting this one' : 'remove it from them before deleting it'),
  needsComment: 'Say what needs to change',
  stepForbidden: (step: WorkflowStep, state: DescribedState) =>
    `Cannot ${step.replace('-', ' ')} an event that is ${EN_STATES[state]}`,
  cannotPublishYet: (missing: string[]) => `Cannot publish yet: ${missing.join(', ')} missing`,
  staleVersion: (version: number) =>
    `Someone else changed this event since you opened it (it is now at version ${version}). Reload it and make your changes again.`,
  staleStep: (seen: number, version: number) =>
    `This event changed after you opened it: you saw version ${seen}, it is now at version ${version}. Look at it again before you take this step.`,
  versionMissing: 'Send the version of the event you read',
  versionRequired: 'Required: the version of the event you read',
  noSuchVenue: 'No such venue',
  noSuchInstitution: 'No such institution',
  importPublishedNeedsReviewer: 'Importing published events needs a reviewer or administrator',
  noticeBeingSent: 'This notice is being sent right now',
  notJson: (detail: string) => `This is not JSON: ${detail}`,
  notCsv: (detail: string) => `This is not valid CSV: ${detail}`,
  notAnExportJson: 'This JSON is not an export of the calendar: that is an array of events',
  cannotBeRead: 'cannot be read',
  tooManyRecords: (count: number, max: number) =>
    `The file has ${count.toLocaleString('en')} events; one import takes at most ${max.toLocaleString('en')}: ` +
    'split the file, or import it on the server with npm run import',
  importBusy: 'Other imports are waiting to run; try again in a minute',
  cellCount: (cells: number, expected: number) => `it has ${cells} cells, not ${expected}`,
  sameEventTwice: (url: string) => `it is the same event as one before it in the file (${url})`,
  idTaken: (id: number, given: number) => `id ${id} is taken here, so it got id ${given}`,
  newVenue: (name: string) => `new venue "${name}"`,
  newInstitution: (name: string) => `new institution "${name}"`,
  // Second factor and sessions (decision 016)
  wrongCode: 'This code is wrong or already used',
  codeRequired: 'Enter the code from your authenticator app',
  noSecondFactorAwaited: 'This session is not waiting for a second factor',
  mfaAlreadyOn: 'Two-factor sign-in is already on; turn it off first',
  mfaNotStarted: 'Start the enrolment first',
  mfaNotOn: 'Two-factor sign-in is not on',
  mfaRequiredForRole: 'Your role must use two-factor sign-in',
  ownAccountFromAccountPage: 'Change your own email and password from your account page',
  // Host names (http/allowed-hosts.ts)
  unknownHost: 'This server does not answer to this host name; its operator can add it to ALLOWED_HOSTS',
  // Webhook targets (webhooks/webhook-targets.ts): `address` is what the host name resolved to, null for an address.
  privateTarget: (host: string, address: string | null, kind: AddressKind) =>
    `${address === null ? host : `${host} resolves to ${address}, which`} is ${EN_ADDRESS_KINDS[kind]}, ` +
    'not a public address: notices go only to public addresses, unless an administrator allows private networks ' +
    'for this webhook (allowPrivateNetwork)',
  metadataTarget: (host: string, address: string | null) =>
    `${address === null ? host : `${host} resolves to ${address}, which`} is a cloud metadata service, ` +
    "which holds the server's credentials: notices never go there",
  // Documents and images (files/, issue 18 §1)
  uploadNeedsFile: 'Send the file as multipart/form-data, in one field named "file"',
  fileTooLarge: (limit: string) => `The file is larger than ${limit}, the most the calendar accepts`,
  // What the content was goes to the log only (files.service.ts): a media type means nothing to most people.
  fileTypeRefused:
    'This kind of file cannot be attached: only PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG and WebP files are accepted',
  legacyOfficeName:
    "This is an old-style Office file (or another program's file in the same format): " +
    'attach it under its .doc, .xls or .ppt name, or save it as .docx, .xlsx or .pptx',
  imageUnreadable: 'This image cannot be read; it may be damaged',
  noSuchFile: 'No such file',
  notAnImage: 'The cover must be a PNG, JPEG or WebP image',
  // presidencies, types and networks (issue 18 §3)
  noSuchPresidency: 'No such presidency',
  noSuchEventType: 'No such event type',
  noSuchNetwork: 'No such network',
  taxonomyInUse: (count: number, kind: 'presidency' | 'type' | 'network') =>
    `Used by ${count} ${count === 1 ? 'event' : 'events'}; ` +
    (kind === 'network'
      ? 'remove it from them'
      : kind === 'type'
        ? 'give them another type'
        : 'give them another presidency, or empty the field so the date chooses,') +
    ' before deleting it',
  presidencyOverlap: (country: string, from: string, to: string) =>
    `This period overlaps the presidency of ${country} (${from} to ${to})`,
  // list preferences per user (preferences/, issue 17 §6)
  preferenceTooLarge: (size: string, limit: string) =>
    `This preference takes ${size}; one is kept up to ${limit}: save fewer filters or queries`,
  tooManyPreferences: (max: number) =>
    `You keep ${max} preferences, the most there may be: delete some before saving another`,
}

const EN_ADDRESS_KINDS: Record<AddressKind, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address (RFC 1918 or IPv6 unique local)',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast or broadcast address',
  unspecified: 'the unspecified address',
  reserved: 'a reserved or special-purpose address',
}

const ES_ADDRESS_KINDS: Record<AddressKind, string> = {
  loopback: 'una dirección de loopback (esta misma máquina)',
  private: 'una dirección de red privada (RFC 1918 o IPv6 local única)',
  linkLocal: 'una dirección de enlace local',
  carrierGradeNat: 'una dirección de NAT de operador (CGNAT)',
  multicast: 'una dirección de multidifusión o de difusión',
  unspecified: 'la dirección no especificada',
  reserved: 'una dirección reservada o de uso especial',
}

const EN_STATES: Record<DescribedState, string> = {
  draft: 'a draft',
  in_review: 'in review',
  published_with_changes: 'published with unpublished changes',
  published_without_changes: 'published without unpublished changes',
  archived: 'archived',
}

const ES_STATES: Record<DescribedState, string> = {
  draft: 'en borrador',
  in_review: 'en revisión',
  published_with_changes: 'publicado con cambios pendientes de publicar',
  published_without_changes: 'publicado y sin cambios pendientes',
  archived: 'archivado',
}

const ES_STEPS: Record<WorkflowStep, string> = {
  submit: 'enviar a revisión',
  'request-changes': 'pedir cambios para',
  publish: 'publicar',
  unpublish: 'retirar la publicación de',
  archive: 'archivar',
}

// Spanish nouns have a gender, so each 404 is a whole sentence.
const ES_NOT_FOUND: Record<RecordKind, string> = {
  Resource: 'Recurso no encontrado',
  Event: 'Evento no encontrado',
  Venue: 'Lugar no encontrado',
  Institution: 'Institución no encontrada',
  User: 'Usuario no encontrado',
  Revision: 'Revisión no encontrada',
  Schedule: 'Programación no encontrada',
  'Audit entry': 'Entrada del registro de auditoría no encontrada',
  Webhook: 'Webhook no encontrado',
  'Webhook delivery': 'Envío de webhook no encontrado',
  File: 'Archivo no encontrado',
  Presidency: 'Presidencia no encontrada',
  'Event type': 'Tipo de evento no encontrado',
  Network: 'Red no encontrada',
  Country: 'País no encontrado',
}

type Catalogue = typeof en

const es: Catalogue = {
  invalidInput: 'Datos no válidos',
  badRequest: 'Solicitud incorrecta',
  internalError: 'Error interno',
  signInFirst: 'Inicie sesión primero',
  badCredentials: 'Correo o contraseña incorrectos',
  tooManySignIns: 'Demasiados intentos fallidos de inicio de sesión; inténtelo más tarde',
  notAllowed: 'No tiene permiso para hacer esto',
  crossOrigin: 'No se permiten solicitudes desde otro origen',
  notFound: (what) => ES_NOT_FOUND[what],
  methodNotAllowed: 'Método no permitido',
  sendJson: 'Envíe el cuerpo como JSON, con Content-Type: application/json',
  bodyNotJson: 'El cuerpo no es JSON válido (un objeto o una lista)',
  bodyTooLarge: 'El cuerpo ocupa más de 1 MB',
  noContentEncoding: 'Envíe el cuerpo sin Content-Encoding',
  utf8Only: 'Envíe el JSON en UTF-8',
  requestAborted: 'La solicitud se interrumpió',
  bodyTooShort: 'El cuerpo es más corto que su Content-Length',
  importTooLarge:
    'El archivo ocupa más de 1 MB: impórtelo en el servidor con npm run import -- ARCHIVO --format json|csv',
  malformedUrl: 'La URL está mal formada',
  emailTaken: 'Otra cuenta usa este correo',
  lastAdmin: 'Es el último administrador activo; haga antes administrador activo a otro usuario',
  notCurrentPassword: 'Esta no es su contraseña actual',
  commonPassword: 'Esta contraseña es demasiado común; elija otra',
  fewDifferentCharacters: 'Use más caracteres distintos',
  passwordHasEmail: 'No use su dirección de correo en la contraseña',
  inUseByEvents: (count, kind) =>
    kind === 'venue'
      ? `${count === 1 ? 'Lo usa 1 evento' : `Lo usan ${count} eventos`}; deles otro lugar antes de eliminar este`
      : `${count === 1 ? 'La usa 1 evento' : `La usan ${count} eventos`}; quítela de ellos antes de eliminarla`,
  needsComment: 'Diga qué hay que cambiar',
  stepForbidden: (step, state) => `No se puede ${ES_STEPS[step]} un evento que está ${ES_STATES[state]}`,
  cannotPublishYet: (missing) => `Aún no se puede publicar: falta ${missing.join(', ')}`,
  staleVersion: (version) =>
    `Otra persona cambió este evento después de que usted lo abriera (ahora está en la versión ${version}). Vuelva a cargarlo y haga sus cambios de nuevo.`,
  staleStep: (seen, version) =>
    `Este evento cambió después de que usted lo abriera: vio la versión ${seen} y ahora está en la versión ${version}. ` +
    `Revíselo de nuevo antes de dar este paso.`,
  versionMissing: 'Envíe la versión del evento que leyó',
  versionRequired: 'Obligatorio: la versión del evento que leyó',
  noSuchVenue: 'No existe ese lugar',
  noSuchInstitution: 'No existe esa institución',
  importPublishedNeedsReviewer: 'Importar eventos publicados requiere un revisor o un administrador',
  noticeBeingSent: 'Este aviso se está enviando en este momento',
  notJson: (detail) => `Esto no es JSON: ${detail}`,
  notCsv: (detail) => `Esto no es un CSV válido: ${detail}`,
  notAnExportJson: 'Este JSON no es una exportación del calendario: esa es una lista de eventos',
  cannotBeRead: 'no se puede leer',
  tooManyRecords: (count, max) =>
    `El archivo tiene ${count.toLocaleString('es')} eventos; una importación admite como máximo ${max.toLocaleString('es')}: ` +
    'divida el archivo, o impórtelo en el servidor con npm run import',
  importBusy: 'Hay otras importaciones esperando; inténtelo de nuevo en un minuto',
  cellCount: (cells, expected) => `tiene ${cells} celdas, no ${expected}`,
  sameEventTwice: (url) => `es el mismo evento que uno anterior del archivo (${url})`,
  idTaken: (id, given) => `el id ${id} ya está ocupado aquí, así que recibió el id ${given}`,
  newVenue: (name) => `lugar nuevo "${name}"`,
  newInstitution: (name) => `institución nueva "${name}"`,
  wrongCode: 'Este código es incorrecto o ya se usó',
  codeRequired: 'Escriba el código de su aplicación de autenticación',
  noSecondFactorAwaited: 'Esta sesión no espera un segundo factor',
  mfaAlreadyOn: 'La verificación en dos pasos ya está activada; desactívela primero',
  mfaNotStarted: 'Empiece antes la activación',
  mfaNotOn: 'La verificación en dos pasos no está activada',
  mfaRequiredForRole: 'Su rol debe usar la verificación en dos pasos',
  ownAccountFromAccountPage: 'Cambie su propio correo y su contraseña desde la página de su cuenta',
  // Host names (http/allowed-hosts.ts)
  unknownHost: 'Este servidor no responde a este nombre de host; quien lo administra puede añadirlo a ALLOWED_HOSTS',
  privateTarget: (host, address, kind) =>
    `${address === null ? host : `${host} se resuelve como ${address}, que`} es ${ES_ADDRESS_KINDS[kind]}, ` +
    'no una dirección pública: los avisos solo van a direcciones públicas, salvo que un administrador permita ' +
    'redes privadas para este webhook (allowPrivateNetwork)',
  metadataTarget: (host, address) =>
    `${address === null ? host : `${host} se resuelve como ${address}, que`} es un servicio de metadatos de la nube, ` +
    'que guarda las credenciales del servidor: los avisos nunca van allí',
  uploadNeedsFile: 'Envíe el archivo como multipart/form-data, en un único campo llamado "file"',
  fileTooLarge: (limit) => `El archivo ocupa más de ${limit}, lo máximo que admite el calendario`,
  fileTypeRefused:
    'Este tipo de archivo no se puede adjuntar: solo se aceptan PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG y WebP',
  legacyOfficeName:
    'Es un archivo de Office antiguo (o de otro programa con el mismo formato): ' +
    'adjúntelo con su nombre .doc, .xls o .ppt, o guárdelo como .docx, .xlsx o .pptx',
  imageUnreadable: 'Esta imagen no se puede leer; puede estar dañada',
  noSuchFile: 'No existe ese archivo',
  notAnImage: 'La portada debe ser una imagen PNG, JPEG o WebP',
  // presidencies, types and networks (issue 18 §3)
  noSuchPresidency: 'No existe esa presidencia',
  noSuchEventType: 'No existe ese tipo de evento',
  noSuchNetwork: 'No existe esa red',
  taxonomyInUse: (count, kind) =>
    `${count === 1 ? 'La usa 1 evento' : `La usan ${count} eventos`}; ` +
    (kind === 'network'
      ? 'quítela de ellos antes de eliminarla'
      : kind === 'type'
        ? 'deles otro tipo antes de eliminar este'
        : 'deles otra presidencia, o vacíe el campo para que la elija la fecha, antes de eliminarla'),
  presidencyOverlap: (country, from, to) =>
    `Este período se superpone con la presidencia de ${country} (${from} a ${to})`,
  preferenceTooLarge: (size, limit) =>
    `Esta preferencia ocupa ${size}; cada una se guarda hasta ${limit}: guarde menos filtros o consultas`,
  tooManyPreferences: (max) => `Ya guarda ${max} preferencias, el máximo: elimine alguna antes de guardar otra`,
}

/** Every language's catalogue: the type makes each one have every message. */
export const MESSAGES: Record<Language, Catalogue> = { en, es }

export type MessageKey = keyof Catalogue
export type MessageArgs<K extends MessageKey> = Catalogue[K] extends (...args: infer A) => string ? A : []

/** The message `key` in every language, e.g. `say('notFound', 'Event')`. */
export function say<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text {
  const render = (catalogue: Catalogue): string => {
    const entry: unknown = catalogue[key]
    // TypeScript cannot call a union of signatures with the matching MessageArgs<K>; the catalogue's type ties them.
    return typeof entry === 'function' ? (entry as (...a: MessageArgs<K>) => string)(...args) : String(entry)
  }
  return { en: render(en), es: render(es) }
}
