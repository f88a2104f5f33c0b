// Saves Express's router step per middleware: the API's gate runs as one layer (docs/decisions/008-performance.md).
import type { NextFunction, Request, RequestHandler, Response } from 'express'

/**
 * `handlers` run in order as one middleware, as `router.use(...handlers)`
 * would run them, but as one layer: Express pays a router step for each
 * layer, and every /api request passes through all of these.
 * An error, thrown or passed to `next`, goes to Express's error handling;
 * so does a rejected promise.
 */
export function series(...handlers: RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0
    const step = (error?: unknown): void => {
      const handler = handlers[index++]
      if (error !== undefined || handler === undefined) {
        next(error)
        return
      }
      try {
        const result: unknown = handler(req, res, step)
        if (result instanceof Promise) result.catch(next)
      } catch (thrown) {
        next(thrown)
      }
    }
    step()
  }
}
