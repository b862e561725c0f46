import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('wxpress demo (npm start)', () => {
  it('runs check, render, plan, a dry run and a publish into the emulator on the bundled content', async () => {
    const r = await runCli(['demo'], repo)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('✔ 0 errors, 0 warnings')
    expect(r.stdout).toMatch(/Rendered \d+ of \d+ article\(s\)/)
    expect(r.stdout).toContain('6 push(es), 0 blocked')
    expect(r.stdout).toContain('would call POST /cgi-bin/message/mass/sendall')
    expect(r.stdout).toMatch(/1 sent, 5 drafted, 0 failed/)
  }, 90_000) // the whole main job (≈ 10 s alone on 2 cores, three times that beside a busy worker)
})
