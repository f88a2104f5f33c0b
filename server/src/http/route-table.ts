import type { Access } from '@rcm/shared'
import { Router, type Request, type Response } from 'express'
import type { AuthSettings } from '../auth/auth-settings'
import type { Db } from '../db/connection'
import type { FileStore } from '../files/file-store'
import type { RouteDoc } from '../openapi/operations'
import type { HostResolver } from '../webhooks/webhook-targets'

/** What every handler may use, made once by createApp. */
export interface AppContext {
  db: Db
  settings: AuthSettings
  /** The app's clock (tests move it). */
  now: () => Date
  /** PUBLIC_SITE_URL: the public site the exports link to; undefined for the request's origin. */
  publicSiteUrl?: string
  /** Every route of the API, as the documentation describes them. */
  routes: readonly ApiRoute[]
  /** Resolves webhook targets' host names when a webhook is saved; tests inject their own. */
  resolveHost?: HostResolver
  /** Where attached files are kept, and the largest upload (files/files-settings.ts). */
  files: { store: FileStore; maxUploadBytes: number }
}

/** Answers one request; the actor is `actorOf(res)`. Express 5 sends a thrown error or a rejection to the error handler. */
export type RouteHandler = (req: Request, res: Response, ctx: AppContext) => unknown

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * One route of the API, declared once: the router, the access check and the
 * OpenAPI document are all built from it (docs/adding-a-route.md).
 */
export interface ApiRoute extends RouteDoc {
  method: Method
  /** The full path; `:name` matches one segment, `:name.ext` one ending in `.ext`. */
  path: string
  /** Where its router is mounted: the routes of one mount share one Express router. */
  mount: string
  /** Anyone (`public`), or a session with at least this role; taken from RESOURCE_ACCESS. */
  access: Access
  /** The handler reads the request's body itself (an upload), so the JSON body parser leaves it alone. */
  readsBody?: true
  handler: RouteHandler
}

/** A route as its resource's table writes it: the path below the mount, the tag when not the table's. */
export type RouteEntry = Omit<ApiRoute, 'mount' | 'tag'> & { tag?: string }

/** A resource's routes under `mount` (e.g. `/api/events`); an entry's path `/` is the mount itself. */
export function routeTable(mount: string, tag: string, entries: readonly RouteEntry[]): ApiRoute[] {
  return entries.map((entry) => ({ tag, ...entry, mount, path: entry.path === '/' ? mount : mount + entry.path }))
}

const ROUTER_METHODS = { GET: 'get', POST: 'post', PUT: 'put', DELETE: 'delete' } as const

/**
 * One Express router per mount, holding its routes in table order, each
 * handler given `ctx`. Who may call a route is the access check's business,
 * before any router (http/access.ts).
 */
export function apiRouters(routes: readonly ApiRoute[], ctx: AppContext): Array<[mount: string, router: Router]> {
  const routers = new Map<string, Router>()
  for (const route of routes) {
    let router = routers.get(route.mount)
    if (router === undefined) routers.set(route.mount, (router = Router()))
    const path = route.path.slice(route.mount.length) || '/'
    const { handler } = route
    router[ROUTER_METHODS[route.method]](path, (req, res) => handler(req, res, ctx))
  }
  return [...routers]
}
