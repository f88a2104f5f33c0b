import type { ImportReportBody, ImportRequest } from '@rcm/shared'

type ImportProgress = { done: number; total: number | null }
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpError } from 'react-admin'
import { afterEach, expect, test, vi } from 'vitest'
import { ImportPage } from '../../client/src/import/ImportPage'
import { fakeAuthProvider } from '../support/fake-auth-provider'
import { fakeDataProvider } from '../support/fake-data-provider'
import { POLL, renderAdmin } from '../support/render-admin'
import { emulateScreenWidth } from '../support/screen-width'

afterEach(() => vi.unstubAllGlobals())

const CSV = 'id,title_en\r\n'

function reportOf(isDryRun: boolean): ImportReportBody {
  return {
    isDryRun,
    events: [
      {
        line: 2,
        index: 1,
        sourceId: 4,
        id: isDryRun ? null : 4,
        title: 'Regional forum',
        action: 'created',
        message: 'new venue "Hotel Real"',
      },
      { line: 5, index: 2, sourceId: 9, id: 9, title: 'Technical workshop', action: 'unchanged', message: '' },
      {
        line: 9,
        index: 3,
        sourceId: null,
        id: null,
        title: '',
        action: 'error',
        message: 'startDate: Use a real date as YYYY-MM-DD',
      },
    ],
    errorCount: 1,
    errorsOmitted: 0,
    errorSummary: [{ message: 'startDate: Use a real date as YYYY-MM-DD', count: 1 }],
  }
}

function setup(
  role: 'editor' | 'reviewer',
  importEvents = vi.fn(async (params: ImportRequest, _onProgress?: (progress: ImportProgress) => void) => ({
    data: reportOf(params.dryRun),
  })),
) {
  const dataProvider = fakeDataProvider({}, { importEvents })
  renderAdmin(<ImportPage />, { dataProvider, authProvider: fakeAuthProvider(role), locale: 'en' })
  return { importEvents, user: userEvent.setup() }
}

test('checks the chosen file with a dry run, shows the report, then imports on confirmation', async () => {
  const { importEvents, user } = setup('reviewer')

  expect(await screen.findByRole('button', { name: 'Import' })).toBeDisabled()
  await user.upload(screen.getByLabelText('File'), new File([CSV], 'rcm-events.csv', { type: 'text/csv' }))
  await user.click(await screen.findByRole('radio', { name: 'Published' }))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  expect(await screen.findByText('What the import would do')).toBeInTheDocument()
  expect(importEvents.mock.lastCall?.[0]).toEqual({ format: 'csv', content: CSV, status: 'published', dryRun: true })
  expect(screen.getByText(/1 to create, 0 to update, 1 unchanged, 1 with errors/)).toBeInTheDocument()
  const forum = screen.getByText('Regional forum').closest('tr') as HTMLElement
  expect(within(forum).getByText('line 2')).toBeInTheDocument()
  expect(within(forum).getByText('Create')).toBeInTheDocument()
  expect(within(forum).getByText('new venue "Hotel Real"')).toBeInTheDocument()
  expect(screen.getByText('startDate: Use a real date as YYYY-MM-DD')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Import' }))

  expect(await screen.findByText('What was imported')).toBeInTheDocument()
  expect(importEvents.mock.lastCall?.[0]).toEqual({ format: 'csv', content: CSV, status: 'published', dryRun: false })
  expect(screen.getByText(/1 created, 0 updated, 1 unchanged, 1 with errors/)).toBeInTheDocument()
  expect(await screen.findByText('Import finished')).toBeInTheDocument()
})

test('an editor may import drafts only; a JSON file is sent as JSON', async () => {
  const { importEvents, user } = setup('editor')

  await user.upload(await screen.findByLabelText('File'), new File(['[]'], 'events.json', { type: 'application/json' }))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  await expect
    .poll(() => importEvents.mock.lastCall?.[0], POLL)
    .toEqual({ format: 'json', content: '[]', status: 'draft', dryRun: true })
  expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked()
  expect(screen.queryByRole('radio', { name: 'Published' })).toBeNull()
})

test("shows the server's reason when the file cannot be read, and offers no import", async () => {
  const refusal = new HttpError('Bad', 400, {
    message: 'This CSV was exported with lang=, so it holds one language only',
  })
  const refuse = vi.fn(async (_params: ImportRequest): Promise<{ data: ImportReportBody }> => {
    throw refusal
  })
  // react-admin logs every rejected dataProvider call in development.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const { user } = setup('editor', refuse)

  await user.upload(await screen.findByLabelText('File'), new File(['x'], 'rcm-events.csv'))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  expect(await screen.findByText('This CSV was exported with lang=, so it holds one language only')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled()
  expect(consoleError).toHaveBeenCalledWith(refusal)
  consoleError.mockRestore()
})

test('says so when the browser cannot read the chosen file, and offers no check', async () => {
  const { importEvents, user } = setup('editor')
  // A file removed or changed on disk after it was chosen: FileReader fails.
  vi.spyOn(FileReader.prototype, 'readAsText').mockImplementationOnce(function (this: FileReader) {
    this.dispatchEvent(new ProgressEvent('error'))
  })

  await user.upload(await screen.findByLabelText('File'), new File([CSV], 'rcm-events.csv'))

  expect(await screen.findByText('The file cannot be read. Choose it again, or export it again.')).toBeInTheDocument()
  expect(screen.getByText('No file chosen')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled()
  expect(importEvents).not.toHaveBeenCalled()
})

test('shows how far the import has got while it runs', async () => {
  let finish: (value: { data: ImportReportBody }) => void = () => undefined
  const importEvents = vi.fn(async (_params: ImportRequest, onProgress?: (progress: ImportProgress) => void) => {
    onProgress?.({ done: 0, total: null })
    await Promise.resolve()
    onProgress?.({ done: 150, total: 600 })
    return new Promise<{ data: ImportReportBody }>((resolve) => (finish = resolve))
  })
  const { user } = setup('editor', importEvents)

  await user.upload(await screen.findByLabelText('File'), new File([CSV], 'rcm-events.csv'))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  expect(await screen.findByText('150 of 600 events done…')).toBeInTheDocument()
  expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25')
  finish({ data: reportOf(true) })
  expect(await screen.findByText('What the import would do')).toBeInTheDocument()
  expect(screen.queryByRole('progressbar')).toBeNull()
})

test('a report of many errors lists the first ones and counts every error by reason', async () => {
  const many: ImportReportBody = {
    ...reportOf(true),
    errorCount: 5000,
    errorsOmitted: 4999,
    errorSummary: [
      { message: 'title.en: Fill in at least one language', count: 5000 },
      { message: 'url: Required', count: 4000 },
    ],
  }
  const { user } = setup(
    'editor',
    vi.fn(async () => ({ data: many })),
  )

  await user.upload(await screen.findByLabelText('File'), new File([CSV], 'rcm-events.csv'))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  expect(await screen.findByText(/1 to create, 0 to update, 1 unchanged, 5000 with errors/)).toBeInTheDocument()
  expect(screen.getByText(/The first 1 errors are listed; 4999 more are not/)).toBeInTheDocument()
  const reasons = screen.getByRole('table', { name: 'Errors by reason' })
  const row = within(reasons).getByText('url: Required').closest('tr') as HTMLElement
  expect(within(row).getByText('4000')).toBeInTheDocument()
})

test('in Spanish', async () => {
  const dataProvider = fakeDataProvider({}, { importEvents: vi.fn() })
  renderAdmin(<ImportPage />, { dataProvider, authProvider: fakeAuthProvider('editor'), locale: 'es' })

  expect(await screen.findByRole('button', { name: 'Revisar el archivo' })).toBeDisabled()
  expect(screen.getByText('Ningún archivo elegido')).toBeInTheDocument()
})

test('lists the errors of the report readably, in Spanish: the row or event, and what is wrong in words', async () => {
  const report: ImportReportBody = {
    isDryRun: true,
    events: [
      {
        line: 3,
        index: 2,
        sourceId: 12,
        id: null,
        title: 'Foro regional',
        action: 'error',
        message: 'la fecha de fin es anterior a la de inicio',
      },
      {
        line: null,
        index: 12,
        sourceId: 40,
        id: null,
        title: 'Taller',
        action: 'error',
        message: 'el campo «notes» no es algo que una importación pueda fijar',
      },
      { line: 4, index: 3, sourceId: 13, id: 13, title: 'Seminario', action: 'unchanged', message: '' },
    ],
    errorCount: 2,
    errorsOmitted: 0,
    errorSummary: [],
  }
  const importEvents = vi.fn(async () => ({ data: report }))
  renderAdmin(<ImportPage />, {
    dataProvider: fakeDataProvider({}, { importEvents }),
    authProvider: fakeAuthProvider('editor'),
    locale: 'es',
  })
  const user = userEvent.setup()

  await user.upload(await screen.findByLabelText('Archivo'), new File([CSV], 'eventos.csv', { type: 'text/csv' }))
  await user.click(screen.getByRole('button', { name: 'Revisar el archivo' }))

  const errors = await screen.findByRole('list', { name: 'Errores' })
  expect(
    within(errors)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Fila 3: la fecha de fin es anterior a la de inicioForo regional',
    'Evento 12: el campo «notes» no es algo que una importación pueda fijarTaller',
  ])
  expect(screen.getByText(/0 por crear, 0 por actualizar, 1 sin cambios, 2 con errores/)).toBeInTheDocument()
})

test("on a phone the report has three columns, each event's details under its title", async () => {
  emulateScreenWidth(390)
  const { user } = setup('reviewer')

  await user.upload(await screen.findByLabelText('File'), new File([CSV], 'rcm-events.csv', { type: 'text/csv' }))
  await user.click(screen.getByRole('button', { name: 'Check the file' }))

  const table = (await screen.findByText('Regional forum')).closest('table') as HTMLElement
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['Line / id', 'Title', 'Result'])
  const forum = within(table).getByRole('cell', { name: /Regional forum/ })
  expect(forum).toHaveTextContent('new venue "Hotel Real"')
})
