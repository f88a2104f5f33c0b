/**
 * json-server 0.17, the fake REST backend people put behind react-admin
 * (ra-data-json-server), over the JSON file exported from the benchmark's
 * database. The data is handed to its router as an object, so it lives in
 * memory: with a file name it would rewrite the whole file on every PUT.
 *
 * Env: JSON_PATH, PORT, HOST (loopback).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { RequestHandler } from 'express'

interface JsonServer {
  create(): { use(...handlers: unknown[]): void; listen(port: number, host: string, callback: () => void): void }
  defaults(options: { logger: boolean }): RequestHandler[]
  router(data: unknown): RequestHandler
}

const jsonServer = createRequire(import.meta.url)('json-server') as JsonServer
const data: unknown = JSON.parse(readFileSync(process.env.JSON_PATH ?? '', 'utf8'))
const server = jsonServer.create()
server.use(jsonServer.defaults({ logger: false }))
server.use(jsonServer.router(data))
server.listen(Number(process.env.PORT ?? 3200), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`json-server listening on ${process.env.PORT}`)
})
