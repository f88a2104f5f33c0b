import { extname } from 'node:path'
import { ALLOWED_MEDIA_TYPES } from '@rcm/shared'
import { fileTypeFromFile } from 'file-type'

/** The legacy Office formats, all Compound File Binary containers, by the extension their name ends with. */
const LEGACY_OFFICE: Readonly<Record<string, string>> = {
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
}

const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_MEDIA_TYPES)

export type Detection =
  | { isAllowed: true; mediaType: string }
  /** `detected`: what the content is, when file-type knows (e.g. `text/html` is unknown: undefined). */
  | { isAllowed: false; detected: string | undefined; isLegacyOffice: boolean }

/**
 * What the file at `path` is, from its content only (file-type reads its
 * first bytes, and a zip's entries for Office Open XML and OpenDocument).
 * The client's Content-Type and the name's extension never decide, with one
 * exception: a Compound File Binary container (the format of .doc, .xls and
 * .ppt, and of other programs' files) takes the type its name's extension
 * names, because file-type cannot tell these apart; one with another
 * extension is refused. Such a file is only ever served as an attachment.
 */
export async function detectMediaType(path: string, name: string): Promise<Detection> {
  const found = await fileTypeFromFile(path)
  if (found === undefined) return { isAllowed: false, detected: undefined, isLegacyOffice: false }
  if (found.mime === 'application/x-cfb') {
    const legacy = LEGACY_OFFICE[extname(name).toLowerCase()]
    return legacy
      ? { isAllowed: true, mediaType: legacy }
      : { isAllowed: false, detected: found.mime, isLegacyOffice: true }
  }
  return ALLOWED.has(found.mime)
    ? { isAllowed: true, mediaType: found.mime }
    : { isAllowed: false, detected: found.mime, isLegacyOffice: false }
}
