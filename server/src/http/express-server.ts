import { createServer, IncomingMessage, ServerResponse, type RequestListener, type Server } from 'node:http'
import type { Express } from 'express'

/**
 * An HTTP server (not yet listening) whose requests and responses are born
 * with `app`'s prototypes, answering with `listener` (by default the app).
 *
 * Express gives every request and response the app's prototypes with
 * `Object.setPrototypeOf`, and that change, after the objects were made,
 * slows Node's own HTTP code on every one of them (V8 sees their shape
 * change): a one-route Express app spent 129 µs of CPU per answer where
 * node:http alone spent 41 µs, and 47 µs once the objects were born with
 * those prototypes (decision 008, eighth pass). createServer's `IncomingMessage` and `ServerResponse`
 * options are Node's way to choose the classes; the app's `request` and
 * `response` become those classes' prototypes, so Express's
 * `setPrototypeOf` finds the prototype already there and changes nothing.
 */
export function expressServer(app: Express, listener: RequestListener = app): Server {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse {}
  // Express's request and response methods stay on the chain: AppRequest.prototype → app.request → express.request → IncomingMessage.prototype.
  Object.setPrototypeOf(AppRequest.prototype, app.request)
  Object.setPrototypeOf(AppResponse.prototype, app.response)
  app.request = AppRequest.prototype as Express['request']
  app.response = AppResponse.prototype as Express['response']
  return createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse }, listener)
}
