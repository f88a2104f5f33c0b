import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

// An unexpected console.error (a React act() or key warning, a failed request the screen ignores) is a bug the test
// would otherwise hide (STYLE §9). A test that expects one spies on console.error itself and asserts it: its spy is this
// one, and restoring it clears the calls. Hooks run last-registered first, so the check comes after cleanup() and
// catches what unmounting logs.
let consoleError: MockInstance<typeof console.error>
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  const calls = [...consoleError.mock.calls]
  consoleError.mockRestore()
  if (calls.length > 0)
    throw new Error(`console.error was called: ${calls.map((call) => call.map(String).join(' ')).join('\n')}`)
})

afterEach(() => cleanup())

// Forms keep unsaved values in localStorage: each test starts without another's.
afterEach(() => window.localStorage.clear())
