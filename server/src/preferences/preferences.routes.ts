import {
  PreferenceKeySchema,
  PreferencesSchema,
  preferenceValueSchemaOf,
  PreferenceValueSchema,
  RESOURCE_ACCESS,
} from '@rcm/shared'
import { z } from 'zod'
import { actorOf } from '../http/access'
import { routeTable } from '../http/route-table'
import { deletePreference, listPreferences, savePreference, withinPreferenceSize } from './preferences.service'

const ACCESS = RESOURCE_ACCESS.preferences

/** The path's key, parsed so that a bad one is a 400 on the field `key`. */
const KeyParamSchema = z.object({ key: PreferenceKeySchema })
const keyOf = (params: Record<string, string | string[] | undefined>) => KeyParamSchema.parse(params).key

/** `/api/preferences`: the signed-in user's list preferences (docs/decisions/025-list-preferences-per-user.md). */
export const preferencesRoutes = routeTable('/api/preferences', 'Preferences', [
  {
    method: 'GET',
    path: '/',
    access: ACCESS.read,
    summary: 'Your list preferences',
    description:
      "Every preference the signed-in user keeps, by key: a list's remembered sort, filter and page size " +
      "(`events.listParams`) and its saved queries (`events.savedQueries`). Nobody sees another user's.",
    ok: { description: 'The preferences by key; `{}` when there are none', json: PreferencesSchema },
    handler: (_req, res, { db }) => {
      res.json(listPreferences(db, actorOf(res)))
    },
  },
  {
    method: 'PUT',
    path: '/:key',
    access: ACCESS.write,
    summary: 'Keep a list preference',
    description:
      'The body is the value itself: for `<list>.listParams` `{sort, order, filter, displayedFilters, perPage}` ' +
      '(no page), for `<list>.savedQueries` an array of `{label, value}`. At most 16 KB of JSON (413) ' +
      'and 100 preferences per user (409).',
    pathParam: PreferenceKeySchema,
    body: PreferenceValueSchema,
    ok: { description: 'The value as kept', json: PreferenceValueSchema },
    errors: { 413: 'The value is larger than 16 KB (or the body than 1 MB)' },
    conflict: { why: 'The user already keeps 100 preferences and this key is new' },
    handler: (req, res, { db, now }) => {
      const key = keyOf(req.params)
      const value = preferenceValueSchemaOf(key).parse(withinPreferenceSize(req.body))
      res.json(savePreference(db, actorOf(res), key, value, now()))
    },
  },
  {
    method: 'DELETE',
    path: '/:key',
    access: ACCESS.write,
    summary: 'Forget a list preference',
    description: 'The list goes back to its defaults. Forgetting a key that was never kept is not an error.',
    pathParam: PreferenceKeySchema,
    ok: { status: 204, description: 'Forgotten' },
    handler: (req, res, { db }) => {
      deletePreference(db, actorOf(res), keyOf(req.params))
      res.status(204).end()
    },
  },
])
