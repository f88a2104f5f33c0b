import { afterEach, vi } from 'vitest'

// An unexpected console.error is a bug the test would otherwise hide (STYLE §9).
const consoleError = vi.spyOn(console, 'error')
afterEach(() => {
  const calls = consoleError.mock.calls
  consoleError.mockClear()
  if (calls.length > 0)
    throw new Error(`console.error was called: ${calls.map((call) => call.map(String).join(' ')).join('\n')}`)
})
