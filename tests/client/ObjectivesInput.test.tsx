import type { ObjectiveSection } from '@rcm/shared'
import { screen } from '@testing-library/react'
import { HttpError } from 'react-admin'
import { expect, test, vi } from 'vitest'
import { EventCreate } from '../../client/src/events/EventCreate'
import { EventEdit } from '../../client/src/events/EventEdit'
import { eventRecord, fakeDataProvider } from '../support/fake-data-provider'
import {
  button,
  buttons,
  controls,
  english,
  entry,
  fill,
  findEnglish,
  firstEnglish,
  setupUser,
} from '../support/form-queries'
import { renderAdmin } from '../support/render-admin'

const text = (en: string, es = '') => ({ en, es })

function renderCreate() {
  const dataProvider = fakeDataProvider()
  renderAdmin(<EventCreate />, { dataProvider, resource: 'events' })
  return dataProvider
}

function renderEdit(objectives: ObjectiveSection[]) {
  const record = eventRecord({ id: 7, version: 3, objectives })
  const dataProvider = fakeDataProvider({ events: [record] })
  renderAdmin(<EventEdit id={record.id} />, { dataProvider, resource: 'events' })
  return dataProvider
}

const section = (number: number) => entry(`Section ${number}`)

const twoSections = (): ObjectiveSection[] => [
  {
    heading: text('General objective'),
    intro: null,
    style: 'paragraph',
    items: [{ text: text('Promote the exchange'), items: [] }],
  },
  {
    heading: text('Specific objectives', 'Objetivos específicos'),
    intro: text('The meeting seeks to:'),
    style: 'numbered',
    items: [
      { text: text('B1'), items: [{ text: text('B1a') }] },
      { text: text('B2'), items: [] },
      { text: text('B3'), items: [] },
    ],
  },
]

test('adds a section with a heading, a lead paragraph and a list style', async () => {
  const user = setupUser()
  const { create } = renderCreate()
  await fill(user, await findEnglish('Title'), 'Forum-Workshop')

  await user.click(button('Add section'))
  await fill(user, firstEnglish('Heading'), 'Specific objectives')
  await user.click(controls('Lead paragraph').find((input) => input.getAttribute('type') === 'checkbox')!)
  await fill(user, firstEnglish('Lead paragraph'), 'The meeting seeks to:')
  await user.click(controls(/^Show items as/)[0]!)
  await user.click(screen.getByText('Numbered list', { selector: 'li' }))
  await user.click(button('Save'))

  await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1))
  const { data } = create.mock.calls[0]![1]
  expect(data).toHaveProperty('title', text('Forum-Workshop'))
  expect(data).toHaveProperty('objectives', [
    { heading: text('Specific objectives'), intro: text('The meeting seeks to:'), style: 'numbered', items: [] },
  ])
})

test('adds an item and a sub-item to a section', async () => {
  const user = setupUser()
  const [general] = twoSections()
  const { update } = renderEdit([general!])
  await screen.findByText('Section 1')

  await user.click(button('Add item'))
  await fill(user, english('Item text')[1]!, 'Build capacities')
  await user.click(buttons('Add sub-item')[0]!)
  await fill(user, firstEnglish('Sub-item text'), 'of local governments')
  await user.click(button('Save'))

  await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1))
  expect(update.mock.calls[0]![1].data).toHaveProperty('objectives', [
    {
      ...general,
      items: [
        { text: text('Promote the exchange'), items: [{ text: text('of local governments') }] },
        { text: text('Build capacities'), items: [] },
      ],
    },
  ])
})

test('moves items down and up and a section up, and sends the new order with the version', async () => {
  const user = setupUser()
  const { update } = renderEdit(twoSections())
  await screen.findByText('Section 2')

  await user.click(buttons('Move item down', section(2))[0]!)
  await user.click(buttons('Move item up', section(2))[2]!)
  await user.click(button('Move section up', section(2)))
  await user.click(button('Save'))

  await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1))
  const [general, specific] = twoSections()
  const { data } = update.mock.calls[0]![1]
  expect(data).toMatchObject({ version: 3 })
  expect(data).toHaveProperty('objectives', [
    { ...specific, items: [specific!.items[1], specific!.items[2], specific!.items[0]] },
    general,
  ])
})

test('removes an item and a section', async () => {
  const user = setupUser()
  const { update } = renderEdit(twoSections())
  await screen.findByText('Section 2')

  await user.click(buttons('Remove item', section(2))[1]!)
  await user.click(button('Remove section', section(1)))
  await user.click(button('Save'))

  await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1))
  const specific = twoSections()[1]!
  expect(update.mock.calls[0]![1].data).toHaveProperty('objectives', [
    { ...specific, items: [specific.items[0], specific.items[2]] },
  ])
})

test('shows "Fill in at least one language" under an empty item and submits nothing', async () => {
  const user = setupUser()
  const { create } = renderCreate()
  await fill(user, await findEnglish('Title'), 'Forum')
  await user.click(button('Add section'))
  await user.click(button('Add item'))

  await user.click(button('Save'))

  await vi.waitFor(() => expect(firstEnglish('Item text')).toHaveAccessibleDescription('Fill in at least one language'))
  expect(firstEnglish('Heading')).toHaveAccessibleDescription('e.g. General objective, Specific objectives')
  expect(create).not.toHaveBeenCalled()
})

test("shows the server's 400 error for an item under that item's input", async () => {
  const user = setupUser()
  const { update } = renderEdit(twoSections())
  const serverError = new HttpError('Invalid input', 400, {
    message: 'Invalid input',
    errors: { 'objectives.0.items.0.text.en': 'Too similar to an existing objective' },
  })
  update.mockRejectedValueOnce(serverError)
  // react-admin logs every dataProvider error in development.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  await screen.findByText('Section 2')

  await fill(user, firstEnglish('Item text', section(1)), 'Promote the exchange of information')
  await user.click(button('Save'))

  await vi.waitFor(() =>
    expect(firstEnglish('Item text', section(1))).toHaveAccessibleDescription('Too similar to an existing objective'),
  )
  expect(firstEnglish('Item text', section(2))).not.toHaveAccessibleDescription()
  expect(consoleError).toHaveBeenCalledWith(serverError)
  consoleError.mockRestore()
})
