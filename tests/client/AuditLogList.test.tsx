import type { AuditEntry } from '@rcm/shared'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { AuditLogList } from '../../client/src/audit-log/AuditLogList'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { renderAdmin } from '../support/render-admin'
import { emulateScreenWidth } from '../support/screen-width'

afterEach(() => vi.unstubAllGlobals())

const entry = (
  id: number,
  action: string,
  details: Record<string, unknown>,
  target: [string, number] | null,
): AuditEntry => ({
  id,
  createdAt: '2026-05-01T10:00:00.000Z',
  userId: null,
  action,
  targetType: target?.[0] ?? null,
  targetId: target?.[1] ?? null,
  details,
  hash: 'x',
})

test('names actions and status changes in words, in the interface language, and links the event they concern', async () => {
  const dataProvider = fakeDataProvider({
    'audit-log': [
      entry(2, 'events.submit', { from: 'draft', to: 'in_review', comment: 'Listo' }, ['events', 12]),
      entry(1, 'auth.login', {}, ['users', 3]),
      entry(4, 'users.mfa-reset', { hadFactor: true, sessionsEnded: 2 }, ['users', 3]),
      entry(5, 'webhooks.update', { active: { from: true, to: false } }, ['webhooks', 1]),
      entry(3, 'something.new', { count: 2 }, null),
      entry(6, 'presidencies.reassign-events', { cause: 'created', events: 12, publicCopies: 7 }, ['presidencies', 2]),
    ],
  })
  renderAdmin(<AuditLogList />, {
    dataProvider,
    locale: 'es',
    resource: 'audit-log',
    authProvider: fakeAuthProvider('admin'),
  })

  const submitted = (await screen.findByText('Envió a revisión')).closest('tr')
  if (!submitted) throw new Error('no row')
  expect(within(submitted).getByText('Borrador → En revisión')).toBeInTheDocument()
  expect(within(submitted).getByText('Comentario: Listo')).toBeInTheDocument()
  expect(within(submitted).getByRole('link', { name: 'Evento 12' })).toHaveAttribute('href', '/events/12/show')
  expect(screen.getByText('Inició sesión')).toBeInTheDocument()
  // Details are named in the interface language, values in words: never a raw key, JSON or true/false.
  expect(screen.getByText('Tenía verificación en dos pasos: sí')).toBeInTheDocument()
  expect(screen.getByText('Sesiones cerradas: 2')).toBeInTheDocument()
  expect(screen.getByText('Activo: sí → no')).toBeInTheDocument()
  const reassigned = (await screen.findByText('Eventos asignados a la presidencia de sus fechas')).closest('tr')
  if (!reassigned) throw new Error('no row')
  expect(within(reassigned).getByText('Porque la presidencia fue: creada')).toBeInTheDocument()
  expect(within(reassigned).getByText('Copias públicas: 7')).toBeInTheDocument()
  expect(within(reassigned).getByText('Presidencia 2')).toBeInTheDocument()
  // An action this version of the app has no words for is shown as the server names it, never hidden.
  expect(screen.getByText('something.new')).toBeInTheDocument()
  expect(screen.queryByText(/"from"/)).not.toBeInTheDocument()
})

// The moment as the rest of the app writes one, in the browser's time zone.
const when = (iso: string) => new Date(iso).toLocaleString('es', { dateStyle: 'medium', timeStyle: 'short' })

test('writes when as the rest of the app does: "1 may 2026, 10:00", without seconds', async () => {
  const dataProvider = fakeDataProvider({
    'audit-log': [entry(1, 'auth.login', {}, ['users', 3])],
  })
  renderAdmin(<AuditLogList />, {
    dataProvider,
    locale: 'es',
    resource: 'audit-log',
    authProvider: fakeAuthProvider('admin'),
  })

  const row = (await screen.findByText('Inició sesión')).closest('tr')
  if (!row) throw new Error('no row')
  expect(within(row).getByText(when('2026-05-01T10:00:00.000Z'))).toBeInTheDocument()
  expect(when('2026-05-01T10:00:00.000Z')).toMatch(/^1 may 2026, \d\d:\d\d$/)
})

test('on a phone, each entry says what was done, to what, when and by whom', async () => {
  emulateScreenWidth(390)
  const dataProvider = fakeDataProvider({
    'audit-log': [
      { ...entry(2, 'events.publish', {}, ['events', 12]), userId: 4 },
      entry(1, 'auth.login-failed', {}, null),
    ],
    users: [{ id: 4, email: 'rafael@example.org', fullName: 'Rafael Revisor', role: 'reviewer', active: true }],
  })
  renderAdmin(<AuditLogList />, {
    dataProvider,
    locale: 'es',
    resource: 'audit-log',
    authProvider: fakeAuthProvider('admin'),
  })

  const published = (await screen.findByText('Publicó')).closest('li')
  if (!published) throw new Error('no entry')
  expect(published).toHaveTextContent('Evento 12')
  await waitFor(() => expect(published).toHaveTextContent(`${when('2026-05-01T10:00:00.000Z')} · Rafael Revisor`))
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  // Nobody signed in made a failed sign-in: the line says only when.
  const failed = screen.getByText('Inicio de sesión fallido').closest('li')
  expect(failed).toHaveTextContent(new RegExp(`${when('2026-05-01T10:00:00.000Z')}$`))
})
