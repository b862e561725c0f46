/**
 * Resolves when a command that serves until stopped (the two emulators, preview) should stop: Ctrl-C
 * (SIGINT), SIGTERM, SIGHUP (its terminal closed), or its parent process gone. `npx wxpress emulator`
 * runs node under `npm exec` and `sh -c`; stopping npm by its pid does not reach node, and the orphan
 * would keep serving on its port. An orphan gets another parent, so a changed parent pid means stop.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

export type StopReason = (typeof SIGNALS)[number] | 'parent-gone'

export function untilStopped(proc: NodeJS.Process = process, everyMs = 500): Promise<StopReason> {
  return new Promise((resolve) => {
    const parent = proc.ppid
    const handlers = new Map(SIGNALS.map((signal) => [signal, () => stop(signal)]))
    const timer = setInterval(() => {
      if (proc.ppid !== parent) stop('parent-gone')
    }, everyMs)
    timer.unref() // never what keeps the process alive: the server is
    for (const [signal, handler] of handlers) proc.once(signal, handler)
    function stop(reason: StopReason): void {
      clearInterval(timer)
      for (const [signal, handler] of handlers) proc.off(signal, handler)
      resolve(reason)
    }
  })
}
