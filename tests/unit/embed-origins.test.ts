import { expect, test } from 'vitest'
import { parseEmbedOrigins } from '../../server/src/public/embed-origins'

test('reads EMBED_ORIGINS as normalised origins; unset or empty is none', () => {
  expect(parseEmbedOrigins(undefined)).toEqual([])
  expect(parseEmbedOrigins(' , ')).toEqual([])
  expect(parseEmbedOrigins('HTTPS://WWW.crmsv.org:443/, http://localhost:8080 ,https://www.crmsv.org')).toEqual([
    'https://www.crmsv.org',
    'http://localhost:8080',
  ])
})

test.each([
  'www.crmsv.org',
  'https://www.crmsv.org/calendar',
  '*',
  'https://*.crmsv.org',
  'ftp://crmsv.org',
  'https://user:pw@crmsv.org',
  "'self'",
])('refuses %s with one line naming it', (entry) => {
  expect(() => parseEmbedOrigins(`https://ok.example, ${entry}`)).toThrow(
    `EMBED_ORIGINS: "${entry}" is not an origin; write scheme://host[:port], e.g. https://www.example.org, separated by commas`,
  )
})
