import sanitizeHtml from 'sanitize-html'

/** The rich-text tags of `description` (docs/contract.md, "Records"). */
export const DESCRIPTION_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
]

const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel']
const ABSOLUTE_LINK = /^(?:https?|mailto|tel):/i

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: DESCRIPTION_TAGS,
  allowedAttributes: { a: ['href'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Anything else is dropped with its markup; script, style and the like with their content too.
  disallowedTagsMode: 'discard',
  transformTags: {
    // Text pasted from word processors marks bold and italics this way.
    b: 'strong',
    i: 'em',
    // Relative links would resolve against whatever site shows the description.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? ''
      const kept: sanitizeHtml.Attributes = ABSOLUTE_LINK.test(href) ? { href } : {}
      return { tagName, attribs: kept }
    },
  },
}

/** Rich text reduced to the contract's allow-list: the only HTML the server stores. */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim()
}
