import type { RequestHandler } from 'express'
import { eventNotFoundPage } from '../public/calendar-event-page'
import { calendarPageCsp } from '../public/calendar-page'
import { pageLanguage } from '../public/calendar-query'
import { pageHeaders } from './security-headers'

// The headers of the event page, whose 404 this is: any site may frame the public pages.
const headers = pageHeaders({ csp: calendarPageCsp(['*']), framedBy: 'any' })

/**
 * Mounted on `/calendar` after the calendar's routes: a public address that
 * is none of them (`/calendar/nope`, a link cut short) is the calendar's
 * "not found" page in the language asked for, with 404, not the admin app's
 * sign-in that the client-side routes' fallback would give.
 */
export const calendarNotFound: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    next()
    return
  }
  headers(req, res, () => {
    const lang = pageLanguage(req)
    res.set({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': lang })
    res.status(404).send(eventNotFoundPage(lang))
  })
}
