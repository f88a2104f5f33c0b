/** Who waits first for a slot: `first` (an account's own address) before `after` (anyone else). */
export type HashingLane = 'first' | 'after'

/**
 * At most `concurrency` password hashes at once, the others waiting in two
 * lines: every `first` before any `after`. scrypt runs on libuv's threadpool
 * (4 threads), which file reads and DNS lookups share: a flood of sign-ins
 * must not take all of it, nor make a user signing in from where they
 * usually do wait behind the flood (decision 014).
 */
export class HashingSlots {
  #running = 0
  readonly #waiting: Record<HashingLane, Array<() => void>> = { first: [], after: [] }

  /** `maxWaiting`: how many may wait in the `after` line; `hasRoom` says when it is full. */
  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  /** Whether a task in `lane` may wait now (`first` always may). */
  hasRoom(lane: HashingLane): boolean {
    return lane === 'first' || this.#running < this.concurrency || this.#waiting.after.length < this.maxWaiting
  }

  /** Runs `task` once a slot is free. */
  async run<T>(lane: HashingLane, task: () => Promise<T>): Promise<T> {
    if (this.#running < this.concurrency) this.#running++
    // The slot of a task that ends is handed to the next one without being freed (`#release`).
    else await new Promise<void>((resolve) => this.#waiting[lane].push(resolve))
    try {
      return await task()
    } finally {
      this.#release()
    }
  }

  #release(): void {
    const next = this.#waiting.first.shift() ?? this.#waiting.after.shift()
    if (next) next()
    else this.#running--
  }
}
