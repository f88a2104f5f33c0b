import { afterEach, expect, test } from 'vitest'
import { hashPassword } from '../../server/src/auth/passwords'
import { usersRepository } from '../../server/src/users/users.repository'
import { jsonBody, startTestApi, TEST_PASSWORD, type RawResponse, type TestApi } from '../support/api'

let api: TestApi
afterEach(() => api.close())

// Addresses of the documentation ranges (RFC 5737), as a reverse proxy on loopback reports them.
const ATTACKER = '198.51.100.66'
const USERS_OFFICE = '203.0.113.10'
const attackerNumber = (n: number) => `198.51.100.${n}`

/** POST /api/auth/login, from `address` when the app trusts its loopback proxy (X-Forwarded-For). */
function signInFrom(address: string | undefined, email: string, password: string): Promise<RawResponse> {
  const headers: Record<string, string> = address === undefined ? {} : { 'X-Forwarded-For': address }
  return api.anonymous().request('/api/auth/login', jsonBody('POST', { email, password }, headers))
}

const statuses = (responses: RawResponse[]) => responses.map((response) => response.status)

test('counts a parallel burst of guesses as it arrives: of 60 at once, the right password 56th is refused', async () => {
  api = await startTestApi()
  const user = api.createUser('admin')
  const guesses = Array.from({ length: 60 }, (_, index) => (index === 55 ? TEST_PASSWORD : `wrong guess ${index}`))

  const responses = await Promise.all(guesses.map((password) => signInFrom(undefined, user.email, password)))

  expect(responses[55]?.status).toBe(429)
  expect(statuses(responses).filter((status) => status === 401)).toHaveLength(20)
  expect(statuses(responses).filter((status) => status === 200)).toEqual([])
  expect(Number(responses[55]?.headers.get('retry-after'))).toBeGreaterThan(0)
})

test('an attacker failing from another address cannot stop the user signing in from theirs', async () => {
  api = await startTestApi({ trustProxy: 'loopback' })
  const user = api.createUser('admin')
  for (let attempt = 0; attempt < 25; attempt++) await signInFrom(ATTACKER, user.email, `wrong guess ${attempt}`)

  const attacker = await signInFrom(ATTACKER, user.email, 'one more wrong guess')
  const owner = await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)

  expect(attacker.status).toBe(429)
  expect(owner.status).toBe(200)
})

test('past 100 failures in an hour on one account from many addresses, only the addresses it signed in from may try', async () => {
  api = await startTestApi({ trustProxy: 'loopback' })
  const user = api.createUser('editor')
  expect((await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)).status).toBe(200)
  for (let n = 1; n <= 100; n++) {
    expect((await signInFrom(attackerNumber(n), user.email, `wrong guess ${n}`)).status).toBe(401)
  }

  const newAddress = await signInFrom(attackerNumber(101), user.email, 'wrong guess 101')
  const owner = await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)

  expect(newAddress.status).toBe(429)
  expect(Number(newAddress.headers.get('retry-after'))).toBeGreaterThan(50 * 60)
  expect(owner.status).toBe(200)
})

test(
  'signs the user in from their own address first while a flood of guesses waits for the password hash',
  { timeout: 30_000 },
  async () => {
    api = await startTestApi({ trustProxy: 'loopback' })
    const user = api.createUser('admin')
    expect((await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)).status).toBe(200)
    // A costlier hash, so that the flood is still waiting when the user signs in.
    const hash = await hashPassword(TEST_PASSWORD, { N: 2 ** 14, r: 8, p: 1 })
    usersRepository.setPasswordHash(api.db, user.id, hash, api.clock.now.toISOString())
    const finished: string[] = []
    const flood = Array.from({ length: 24 }, (_, index) =>
      signInFrom(attackerNumber(index + 1), user.email, `wrong guess ${index}`).then((response) => {
        finished.push('flood')
        return response
      }),
    )
    // Every guess is counted before its hash; once all are, all wait for a hashing slot.
    const counted = api.db.prepare('SELECT count(*) FROM login_failures').pluck()
    while (Number(counted.get()) < flood.length) await new Promise((resolve) => setTimeout(resolve, 5))

    const owner = await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)
    finished.push('owner')

    expect(owner.status).toBe(200)
    expect(finished.filter((name) => name === 'flood').length).toBeLessThan(flood.length / 2)
    expect(statuses(await Promise.all(flood))).toEqual(flood.map(() => 401))
  },
)

test('without TRUST_PROXY, an X-Forwarded-For a client sets does not change the address that is throttled', async () => {
  api = await startTestApi()
  const user = api.createUser('editor')
  for (let n = 1; n <= 20; n++) await signInFrom(attackerNumber(n), user.email, `wrong guess ${n}`)

  const response = await signInFrom(attackerNumber(21), user.email, TEST_PASSWORD)

  expect(response.status).toBe(429)
})

test('with TRUST_PROXY, the address is the one the trusted proxy saw, whatever the client put before it', async () => {
  api = await startTestApi({ trustProxy: 1 })
  const user = api.createUser('editor')
  for (let n = 1; n <= 20; n++) await signInFrom(`${attackerNumber(n)}, ${ATTACKER}`, user.email, `wrong guess ${n}`)

  const forged = await signInFrom(`${attackerNumber(21)}, ${ATTACKER}`, user.email, TEST_PASSWORD)
  const owner = await signInFrom(USERS_OFFICE, user.email, TEST_PASSWORD)

  expect(forged.status).toBe(429)
  expect(owner.status).toBe(200)
})
