/**
 * A server that cannot listen (port taken, no permission, an address this machine does not have) is a
 * usage problem with a clear sentence, never an "internal error" with a stack trace.
 */

/** The sentence for a listen failure, or undefined when `error` is something else. */
export function listenErrorMessage(error: unknown, host: string, port: number): string | undefined {
  const code = (error as { code?: string } | undefined)?.code
  const where = `${host}:${port}`
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} is already in use on ${host}: stop the other server or pass a free port with --port <n> (0 = any free port)`
    case 'EACCES':
      return `no permission to listen on ${where}: ports below 1024 need root; pass --port 1024 or higher`
    case 'EADDRNOTAVAIL':
      return `this machine has no address ${host}: pass --host 127.0.0.1 (this machine) or 0.0.0.0 (every network)`
    default:
      return undefined
  }
}
