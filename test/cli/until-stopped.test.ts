/**
 * Serving commands stop on Ctrl-C, SIGTERM and SIGHUP, and when their parent is gone: `npx wxpress
 * emulator` is node under `npm exec` and `sh -c`, and stopping npm by its pid left node serving.
 */
import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { untilStopped } from '../../src/cli/until-stopped.js'
import { cliBin } from '../helpers/cli-bin.js'

/** A stand-in for `process`: signals are events, the parent pid can change. */
const fakeProcess = () => Object.assign(new EventEmitter(), { ppid: 4242 }) as unknown as NodeJS.Process

describe('untilStopped', () => {
  it('resolves on SIGHUP and removes its listeners', async () => {
    const proc = fakeProcess()
    const stopped = untilStopped(proc, 10)
    expect(proc.listenerCount('SIGINT')).toBe(1)
    proc.emit('SIGHUP')
    expect(await stopped).toBe('SIGHUP')
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) expect(proc.listenerCount(signal)).toBe(0)
  })

  it('resolves once the parent is gone (another parent pid)', async () => {
    const proc = fakeProcess()
    const stopped = untilStopped(proc, 10)
    Object.assign(proc, { ppid: 1 })
    expect(await stopped).toBe('parent-gone')
  })

  it('the GitHub emulator under a shell stops when the shell is killed, as under npx', async () => {
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${cliBin}" github-emulator --port 0 & wait`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const first = await new Promise<string>((resolve) =>
      createInterface({ input: shell.stdout! }).once('line', resolve),
    )
    const url = /http:\/\/[\d.:]+/.exec(first)?.[0]
    expect(url, first).toBeDefined()
    expect((await fetch(`${url}/repos/shanhai/site`)).status).toBeLessThan(500)
    shell.kill('SIGKILL') // node is not signalled: only its parent goes away
    let serving = true
    for (let i = 0; i < 100 && serving; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      serving = await fetch(`${url}/repos/shanhai/site`).then(
        () => true,
        () => false,
      )
    }
    expect(serving).toBe(false)
  }, 30_000)
})
