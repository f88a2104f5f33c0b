import { createHash } from 'node:crypto'
import { otherLanguage, type Language } from '@rcm/shared'
import { escapeHtml } from '../public/html'
import type { JsonSchema, OpenApiDocument } from './document'

const LABELS = {
  en: {
    intro: 'The machine-readable description, for code generators and API clients:',
    contents: 'Contents',
    schemas: 'Schemas',
    parameters: 'Parameters',
    body: 'Request body',
    optional: 'optional',
    required: 'required',
    responses: 'Responses',
    headers: 'Headers',
    other: 'Español',
  },
  es: {
    intro: 'La descripción legible por máquina, para generadores de código y clientes de la API:',
    contents: 'Contenido',
    schemas: 'Esquemas',
    parameters: 'Parámetros',
    body: 'Cuerpo de la petición',
    optional: 'opcional',
    required: 'obligatorio',
    responses: 'Respuestas',
    headers: 'Encabezados',
    other: 'English',
  },
} satisfies Record<Language, Record<string, string>>

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace;font-size:.9em}
h2{border-bottom:2px solid #ccc;margin-top:2.5rem}
section{border-top:1px solid #ddd;padding:.5rem 0}
h3 code{background:#eef;padding:.1rem .4rem;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{text-align:left;vertical-align:top;border:1px solid #ddd;padding:.3rem .5rem}
td p{margin:0 0 .3rem}
ul.schema{margin:.2rem 0;padding-left:1.2rem}
.note{color:#555;font-size:.9em}
a{color:#0b5cad}
`

/** The page's CSP allows exactly this stylesheet and nothing else: no script, image, font or connection. */
export const DOCS_CSP =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; ` +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** Inline `code` of the descriptions, the only markup they use; the rest is escaped. */
const prose = (text: string | undefined) =>
  text
    ? text
        .split('\n\n')
        .map((para) => `<p>${escapeHtml(para).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>`)
        .join('')
    : ''
const code = (value: unknown) => `<code>${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}</code>`
const schemaAnchor = (name: string) => `schema-${name}`

const CONSTRAINTS: Array<[keyword: string, label: string]> = [
  ['format', 'format'],
  ['pattern', 'pattern'],
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['minimum', '≥'],
  ['exclusiveMinimum', '>'],
  ['maxItems', 'at most'],
  ['default', 'default'],
]

/** A JSON Schema as readable nested lists: types, `$ref`s as links, properties with whether they are required. */
function renderSchema(schema: JsonSchema | undefined, labels: (typeof LABELS)[Language]): string {
  if (!schema || Object.keys(schema).length === 0) return 'any'
  const notes = CONSTRAINTS.filter(
    ([key]) => schema[key] !== undefined && !(key === 'maximum' && schema[key] === Number.MAX_SAFE_INTEGER),
  )
    .map(([key, label]) => `${label} ${code(schema[key])}`)
    .join(', ')
  const withNotes = (html: string) => (notes ? `${html} <span class="note">(${notes})</span>` : html)
  const ref = schema.$ref
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? ref
    return withNotes(`<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`)
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined
  if (alternatives) return withNotes(alternatives.map((alt) => renderSchema(alt, labels)).join(' | '))
  if (schema.const !== undefined) return code(schema.const)
  if (Array.isArray(schema.enum)) return withNotes(schema.enum.map(code).join(' | '))
  if (Array.isArray(schema.prefixItems))
    return withNotes(`[${(schema.prefixItems as JsonSchema[]).map((item) => renderSchema(item, labels)).join(', ')}]`)
  if (schema.items) return withNotes(`array of ${renderSchema(schema.items as JsonSchema, labels)}`)
  const properties = schema.properties as Record<string, JsonSchema> | undefined
  if (properties) {
    const required = new Set((schema.required as string[] | undefined) ?? [])
    const rows = Object.entries(properties).map(
      ([name, property]) =>
        `<li>${code(name)}${required.has(name) ? '' : ` <span class="note">${labels.optional}</span>`}: ${renderSchema(property, labels)}</li>`,
    )
    return withNotes(`object<ul class="schema">${rows.join('')}</ul>`)
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    return withNotes(`object of ${renderSchema(schema.additionalProperties as JsonSchema, labels)}`)
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any')
  return withNotes(
    escapeHtml(type) +
      (typeof schema.description === 'string' ? ` <span class="note">${escapeHtml(schema.description)}</span>` : ''),
  )
}

interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: JsonSchema
  content?: Record<string, { schema: JsonSchema }>
}
interface Response {
  description: string
  headers?: Record<string, { $ref: string }>
  content?: Record<string, { schema: JsonSchema }>
}
interface Operation {
  operationId: string
  summary?: string
  description?: string
  tags?: string[]
  parameters?: Parameter[]
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, Response>
}

function renderOperation(method: string, path: string, op: Operation, labels: (typeof LABELS)[Language]): string {
  const parameters = op.parameters?.length
    ? `<h4>${labels.parameters}</h4><table><tbody>${op.parameters
        .map((p) => {
          const schema = p.schema ?? Object.values(p.content ?? {})[0]?.schema
          const how = p.content ? ` <span class="note">JSON</span>` : ''
          const where = `${escapeHtml(p.in)}${p.required ? `, ${labels.required}` : ''}`
          return (
            `<tr><td>${code(p.name)} <span class="note">${where}</span>${how}</td>` +
            `<td>${renderSchema(schema, labels)}${prose(p.description)}</td></tr>`
          )
        })
        .join('')}</tbody></table>`
    : ''
  const body = op.requestBody
    ? `<h4>${labels.body}${op.requestBody.required ? '' : ` <span class="note">(${labels.optional})</span>`}</h4>${Object.entries(
        op.requestBody.content,
      )
        .map(([type, media]) => `<p>${code(type)}: ${renderSchema(media.schema, labels)}</p>`)
        .join('')}`
    : ''
  const responses = Object.entries(op.responses)
    .map(([status, response]) => {
      const headers = response.headers
        ? `<br><span class="note">${labels.headers}: ${Object.keys(response.headers).map(code).join(', ')}</span>`
        : ''
      const content = Object.entries(response.content ?? {})
        .map(([type, media]) => `${code(type)}: ${renderSchema(media.schema, labels)}`)
        .join('<br>')
      return `<tr><td>${escapeHtml(status)}</td><td>${prose(response.description)}${headers}</td><td>${content}</td></tr>`
    })
    .join('')
  return `<section id="${escapeHtml(op.operationId)}"><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code> ${escapeHtml(op.summary ?? '')}</h3>
${prose(op.description)}${parameters}${body}
<h4>${labels.responses}</h4><table><tbody>${responses}</tbody></table></section>`
}

/**
 * The document as one readable HTML page, without script: operations grouped
 * by tag, then every named schema. Descriptions are in English, as the API's
 * names are; `lang` translates the page's own headings.
 */
export function renderDocsPage(doc: OpenApiDocument, lang: Language): string {
  const labels = LABELS[lang]
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  )
  const byTag = doc.tags.map(({ name }) => ({ name, ops: operations.filter(({ op }) => op.tags?.[0] === name) }))
  const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  const entry = ({ path, method, op }: (typeof operations)[number]) =>
    `<li><a href="#${escapeHtml(op.operationId)}">${method.toUpperCase()} ${escapeHtml(path)}</a></li>`
  const contents = byTag
    .map(
      ({ name, ops }) =>
        `<li><a href="#${anchor(name)}">${escapeHtml(name)}</a><ul>${ops.map(entry).join('')}</ul></li>`,
    )
    .join('')
  const tags = byTag
    .map(
      ({ name, ops }) =>
        `<h2 id="${anchor(name)}">${escapeHtml(name)}</h2>${ops.map(({ path, method, op }) => renderOperation(method, path, op, labels)).join('')}`,
    )
    .join('')
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<section id="${schemaAnchor(name)}"><h3>${escapeHtml(name)}</h3><p>${renderSchema(schema, labels)}</p></section>`,
    )
    .join('')
  const other = otherLanguage(lang)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p><a href="?lang=${other}" hreflang="${other}" lang="${other}">${labels.other}</a></p>
<h1>${escapeHtml(doc.info.title)} <span class="note">${escapeHtml(doc.info.version)}</span></h1>
${prose(doc.info.description)}
<p>${labels.intro} <a href="/api/openapi.json"><code>/api/openapi.json</code></a> (OpenAPI ${escapeHtml(doc.openapi)})</p>
</header>
<nav aria-labelledby="contents"><h2 id="contents">${labels.contents}</h2><ul>${contents}<li><a href="#schemas">${labels.schemas}</a></li></ul></nav>
<main>${tags}<h2 id="schemas">${labels.schemas}</h2>${schemas}</main>
</body>
</html>
`
}
