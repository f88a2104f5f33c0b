import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

/*
 * Queries for big react-admin forms (the event form: dozens of inputs, each
 * text in two language tabs). jsdom recomputes styles and `labels` after
 * every change, which with MUI's styles costs up to seconds per getByRole /
 * getByLabelText query or per hovered click. These helpers find controls the
 * way the accessibility tree names them (label text → `for` /
 * `aria-labelledby`; a button's `aria-label`) without those visibility checks.
 */

/** A user without the pointer-events check and hover (which opens tooltips, placed by Popper). */
export const setupUser = () => userEvent.setup({ pointerEventsCheck: 0, skipHover: true })
export type User = ReturnType<typeof setupUser>

const isHtmlElement = (node: Element | null | undefined): node is HTMLElement => node instanceof HTMLElement

function controlOf(label: HTMLLabelElement): HTMLElement | null {
  const labelled = label.id ? document.querySelector<HTMLElement>(`[aria-labelledby~="${label.id}"]`) : null
  return labelled ?? (label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, textarea'))
}

/** The controls labelled `text`, in document order (hidden language tabs included). */
export const controls = (text: string | RegExp, scope: HTMLElement = document.body) =>
  within(scope)
    .getAllByText(text)
    .map((node) => node.closest('label'))
    .filter((label): label is HTMLLabelElement => label !== null)
    .map(controlOf)
    .filter(isHtmlElement)

export const control = (text: string | RegExp, scope?: HTMLElement) => {
  const [found] = controls(text, scope)
  if (!found) throw new Error(`no control labelled "${String(text)}"`)
  return found
}

/** The inputs labelled `text` in one language's tab (each text has a twin in the other, hidden tab). */
export const inLanguage = (language: 'en' | 'es', text: string, scope?: HTMLElement) =>
  controls(text, scope).filter((input) => input.getAttribute('name')?.endsWith(`.${language}`))

export const english = (text: string, scope?: HTMLElement) => inLanguage('en', text, scope)

export const firstEnglish = (text: string, scope?: HTMLElement) => {
  const [input] = english(text, scope)
  if (!input) throw new Error(`no English input labelled "${text}"`)
  return input
}

export const findEnglish = (text: string) => waitFor(() => firstEnglish(text))

/** Buttons by accessible name (react-admin sets `aria-label` on its buttons). */
export const buttons = (name: string, scope: HTMLElement = document.body) => {
  const found = [...scope.querySelectorAll<HTMLElement>(`button[aria-label="${name}"]`)]
  if (found.length === 0) throw new Error(`no button "${name}"`)
  return found
}
export const button = (name: string, scope?: HTMLElement) => buttons(name, scope)[0]!

/** Replaces an input's text the way a paste does: one change, which keeps these tests fast. */
export async function fill(user: User, input: HTMLElement, value: string) {
  await user.clear(input)
  if (value !== '') await user.paste(value)
}

/** The `<li>` of a SimpleFormIterator entry, by its label ("Section 2"). */
export const entry = (label: string) => {
  const item = screen.getByText(label).closest('li')
  if (!item) throw new Error(`no entry "${label}"`)
  return item
}
