import type { Language } from '@rcm/shared'
import type { FeedFormat } from './feed-response'
import { inLanguage, toPublicEvent } from './public-events'

/** The JSON feed: one array, an event per element, texts `{en, es}` or in `lang`. */
export function jsonFormat(siteUrl: string, lang?: Language): FeedFormat {
  return {
    head: '[',
    row: ({ data }, index) => {
      const event = toPublicEvent(data, siteUrl, lang)
      return (index === 0 ? '' : ',') + JSON.stringify(lang ? inLanguage(event, lang) : event)
    },
    tail: ']',
  }
}
