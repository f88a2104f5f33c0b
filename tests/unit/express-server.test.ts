import { IncomingMessage, ServerResponse, type Server } from 'node:http'
import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import { expressServer } from '../../server/src/http/fast-path/express-server'
import { closeServer, listenOnLoopback } from '../support/loopback'

const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer))
})

async function serve(server: Server): Promise<string> {
  servers.push(server)
  return listenOnLoopback(server)
}

/** An app whose one route reports what Express's request and response helpers see. */
function reportingApp() {
  const app = express()
  app.get('/items/:id', (req, res) => {
    const seenBefore = res.locals.seen === true
    res.locals.seen = true
    res
      .set('X-Item', req.params.id)
      .status(203)
      .json({
        id: req.params.id,
        query: req.query,
        accept: req.get('Accept'),
        sameApp: req.app === app,
        seenBefore,
        isIncomingMessage: req instanceof IncomingMessage,
        isServerResponse: res instanceof ServerResponse,
      })
  })
  return { app }
}

describe('expressServer', () => {
  it("answers with Express's request and response helpers working as usual", async () => {
    const { app } = reportingApp()
    const origin = await serve(expressServer(app))
    const first = await fetch(`${origin}/items/7?lang=es&tag=a&tag=b`, { headers: { Accept: 'application/json' } })
    expect(first.status).toBe(203)
    expect(first.headers.get('x-item')).toBe('7')
    expect(await first.json()).toEqual({
      id: '7',
      query: { lang: 'es', tag: ['a', 'b'] },
      accept: 'application/json',
      sameApp: true,
      seenBefore: false,
      isIncomingMessage: true,
      isServerResponse: true,
    })
    // res.locals is the response's own: nothing carries over to the next request on the same prototype.
    const second = await fetch(`${origin}/items/8`)
    expect(await second.json()).toMatchObject({ id: '8', seenBefore: false })
    expect((await fetch(`${origin}/nowhere`)).status).toBe(404)
  })

  it("gives every request and response the app's own prototypes from birth, so Express has none to change", async () => {
    const { app } = reportingApp()
    const atBirth: Array<{ request: unknown; response: unknown }> = []
    const origin = await serve(
      expressServer(app, (req, res) => {
        atBirth.push({ request: Object.getPrototypeOf(req), response: Object.getPrototypeOf(res) })
        app(req, res)
      }),
    )
    await (await fetch(`${origin}/items/1`)).arrayBuffer()
    await (await fetch(`${origin}/items/2`)).arrayBuffer()
    expect(atBirth).toHaveLength(2)
    for (const seen of atBirth) expect(seen).toEqual({ request: app.request, response: app.response })
  })

  it('answers through the listener it is given, which may hand requests on to the app', async () => {
    const { app } = reportingApp()
    const origin = await serve(
      expressServer(app, (req, res) => {
        if (req.url === '/health') res.end('ok')
        else app(req, res)
      }),
    )
    expect(await (await fetch(`${origin}/health`)).text()).toBe('ok')
    expect(await (await fetch(`${origin}/items/3`)).json()).toMatchObject({ id: '3', sameApp: true })
  })
})
