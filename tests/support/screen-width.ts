import { vi } from 'vitest'

/**
 * Makes the window `width` CSS pixels wide for media queries (jsdom has no
 * matchMedia): MUI's useMediaQuery then picks the layout of that screen.
 * Understands the min-width and max-width queries of theme.breakpoints;
 * vi.unstubAllGlobals() undoes it.
 */
export function emulateScreenWidth(width: number) {
  const matches = (query: string) =>
    [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)].every(([, bound, value]) =>
      bound === 'min' ? width >= Number(value) : width <= Number(value),
    )
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }))
}
