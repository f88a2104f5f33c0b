import { IsoDateSchema, LanguageSchema, localize, type Language } from '@rcm/shared'
import { Router } from 'express'
import { z } from 'zod'
import type { Db } from '../db/connection'
import { listPublicEvents, type PublicEvent } from './public-events'

const QuerySchema = z.object({ lang: LanguageSchema.optional(), from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })

type Text = { en: string; es: string }
const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && 'en' in value && 'es' in value && Object.keys(value).length === 2

/** Every {en, es} in the event as the text of one language, falling back to the other. */
function inLanguage(value: unknown, lang: Language): unknown {
  if (isText(value)) return localize(value, lang)
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang))
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inLanguage(item, lang)]))
  return value
}

/** `/api/public`: no sign-in, published copies only (CONTRACT, "Public exports"). CSV and ICS come with the exports issue. */
export function publicRouter(db: Db, options: { siteUrl?: string } = {}): Router {
  const router = Router()

  router.get('/events.json', (req, res) => {
    const query = QuerySchema.parse(req.query)
    const lang = query.lang
    const siteUrl = options.siteUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`
    const events: PublicEvent[] = listPublicEvents(db, { siteUrl, from: query.from, to: query.to }).map((entry) => entry.event)
    res.json(lang ? events.map((event) => inLanguage(event, lang)) : events)
  })

  return router
}
