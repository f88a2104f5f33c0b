import { expect, test } from 'vitest'
import { HashingSlots } from '../../server/src/auth/hashing-slots'

/** A task that runs until `finish` is called, noting when it starts and ends. */
function task(name: string, log: string[]) {
  let finish = () => {}
  const done = new Promise<void>((resolve) => (finish = resolve))
  const run = async () => {
    log.push(`start ${name}`)
    await done
    log.push(`end ${name}`)
    return name
  }
  return { run, finish: () => finish() }
}

test('runs at most `concurrency` tasks at once, and the first line before the other whatever the order they came in', async () => {
  const slots = new HashingSlots(2, 10)
  const log: string[] = []
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => task(name, log))
  const results = [
    slots.run('after', a!.run),
    slots.run('after', b!.run),
    slots.run('after', c!.run),
    slots.run('first', d!.run),
  ]
  await Promise.resolve()

  expect(log).toEqual(['start a', 'start b'])
  a!.finish()
  await results[0]
  await Promise.resolve()
  expect(log).toEqual(['start a', 'start b', 'end a', 'start d'])
  b!.finish()
  d!.finish()
  c!.finish()
  expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
})

test('has room in the other line only while fewer than `maxWaiting` wait there; the first line always has room', async () => {
  const slots = new HashingSlots(1, 2)
  const log: string[] = []
  const tasks = ['a', 'b', 'c'].map((name) => task(name, log))
  const results = tasks.map((each) => slots.run('after', each.run))

  expect(slots.hasRoom('after')).toBe(false)
  expect(slots.hasRoom('first')).toBe(true)
  tasks[0]!.finish()
  await results[0]
  expect(slots.hasRoom('after')).toBe(true)
  for (const each of tasks) each.finish()
  await Promise.all(results)
})
