import { createServer } from 'node:http'
import express, { type ErrorRequestHandler, type RequestHandler } from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import { series } from '../../server/src/http/fast-path/series'
import { closeServer, listenOnLoopback } from '../support/loopback'

const servers: Array<ReturnType<typeof createServer>> = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer))
})

/** An Express app whose one middleware is `series(...handlers)`, then a route that names what ran, then an error handler that names the error. */
async function appWith(...handlers: RequestHandler[]): Promise<string> {
  const app = express()
  app.use(series(...handlers))
  app.get('/', (_req, res) => {
    res.json({ ran: res.locals.ran ?? [] })
  })
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    res.status(500).json({ error: error instanceof Error ? error.message : String(error), ran: res.locals.ran ?? [] })
  }
  app.use(onError)
  const server = createServer(app)
  servers.push(server)
  return listenOnLoopback(server)
}

const mark =
  (name: string): RequestHandler =>
  (_req, res, next) => {
    res.locals.ran = [...((res.locals.ran as string[] | undefined) ?? []), name]
    next()
  }

async function get(origin: string) {
  const response = await fetch(origin)
  return { status: response.status, body: (await response.json()) as { ran: string[]; error?: string } }
}

describe('series', () => {
  it('runs the handlers in order, then the routes after it', async () => {
    expect(await get(await appWith(mark('a'), mark('b'), mark('c')))).toEqual({
      status: 200,
      body: { ran: ['a', 'b', 'c'] },
    })
  })

  it('stops at a handler that answers', async () => {
    const answer: RequestHandler = (_req, res) => {
      res.status(204).end()
    }
    const origin = await appWith(mark('a'), answer, mark('never'))
    expect((await fetch(origin)).status).toBe(204)
  })

  it('sends a thrown error to the error handler, the handlers after it not run', async () => {
    const boom: RequestHandler = () => {
      throw new Error('refused')
    }
    expect(await get(await appWith(mark('a'), boom, mark('never')))).toEqual({
      status: 500,
      body: { error: 'refused', ran: ['a'] },
    })
  })

  it('sends an error passed to next to the error handler', async () => {
    const refuse: RequestHandler = (_req, _res, next) => {
      next(new Error('passed'))
    }
    expect(await get(await appWith(refuse, mark('never')))).toEqual({ status: 500, body: { error: 'passed', ran: [] } })
  })

  it('catches a throw in a handler that an earlier one reached asynchronously (as after reading a body)', async () => {
    const later: RequestHandler = (_req, _res, next) => {
      setImmediate(next)
    }
    const boom: RequestHandler = () => {
      throw new Error('after a tick')
    }
    expect(await get(await appWith(mark('a'), later, boom))).toEqual({
      status: 500,
      body: { error: 'after a tick', ran: ['a'] },
    })
  })

  it('sends a rejected promise to the error handler', async () => {
    const rejects: RequestHandler = async () => {
      await Promise.resolve()
      throw new Error('rejected')
    }
    expect(await get(await appWith(rejects))).toEqual({ status: 500, body: { error: 'rejected', ran: [] } })
  })
})
