import { createServer, IncomingMessage, ServerResponse, type RequestListener, type Server } from 'node:http'
import type { Express } from 'express'

/**
 * An HTTP server (not yet listening) whose requests and responses are born
 * with `app`'s prototypes, answering with `listener` (by default the app).
 *
 * Express gives every request and response the app's prototypes with
 * `Object.setPrototypeOf`, and that change, after the objects were made,
 * slows Node's own HTTP code on every one of them (V8 sees their shape
 * change): it more than doubles the CPU of a simple answer (decision 008,
 * "Requests are born with Express's prototypes", has the figures).
 * createServer's `IncomingMessage` and `ServerResponse`
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
