/**
 * One article at a time on a thread, except while it waits for the network. Articles in flight
 * together interleave at every `await`, so the trees of all of them are alive whenever the garbage
 * collector runs, which then copies and promotes them all: four in flight cost ≈ 12 % more CPU than
 * one on the bench corpus. A remote image download gives the turn away meanwhile.
 */
export interface Turns {
  /** Waits until no one else holds the turn, and holds it. */
  take(): Promise<void>
  /** Gives the turn to the next in line. */
  give(): void
  /** From the holder: lets the others go on while `wait` runs, then takes the turn back. */
  away<T>(wait: () => Promise<T>): Promise<T>
}

export function createTurns(): Turns {
  let held = false
  const waiting: (() => void)[] = []
  const take = async () => {
    if (!held) held = true
    else await new Promise<void>((resolve) => waiting.push(resolve)) // handed over by `give`
  }
  const give = () => {
    const next = waiting.shift()
    if (next) next()
    else held = false
  }
  return {
    take,
    give,
    async away(wait) {
      give()
      try {
        return await wait()
      } finally {
        await take()
      }
    },
  }
}
