/**
 * The Action installs a font that draws Chinese before pr-check takes its phone screenshots (without
 * one every Han character is a box), only for pr-check and only when fontconfig knows none.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { action } from './action-manifest.js'

const steps = action.runs.steps
const fontStep = steps.find((s) => /Chinese font/.test((s as { name?: string }).name ?? ''))

/** Runs the step's script with fake `fc-list`, `sudo` and `apt-get` that log what they were asked. */
function runFontStep(fcListOutput: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'wxpress-font-step-'))
  const log = path.join(dir, 'calls.log')
  const fake = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/bash\necho "${name} $*" >> "${log}"\n${body}\n`)
    chmodSync(path.join(dir, name), 0o755)
  }
  fake('fc-list', `printf '%s' '${fcListOutput}'`)
  fake('sudo', '"$@"')
  fake('apt-get', 'exit 0')
  symlinkSync(
    execFileSync('bash', ['-c', 'command -v grep'], { encoding: 'utf8' }).trim(),
    path.join(dir, 'grep'),
  )
  const stdout = execFileSync('/bin/bash', ['-e', '-c', fontStep!.run!], {
    env: { PATH: dir },
    encoding: 'utf8',
  })
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
  return [...calls, ...(stdout.trim() ? [stdout.trim()] : [])]
}

describe('action.yml: a Chinese font for the screenshots', () => {
  it('is a step of pr-check only, before wxpress runs', () => {
    expect(fontStep).toBeDefined()
    expect(fontStep!.if).toBe("inputs.command == 'pr-check'")
    expect(fontStep!.run).toContain('fonts-noto-cjk')
    expect(fontStep!.run).not.toMatch(/\$\{\{/)
    expect(steps.indexOf(fontStep!)).toBeLessThan(steps.findIndex((s) => s.id === 'run'))
  })

  it('installs fonts-noto-cjk when fontconfig has no Chinese font', () => {
    const calls = runFontStep('')
    expect(calls[0]).toBe('fc-list :lang=zh family')
    expect(calls).toContain('sudo apt-get update -qq')
    expect(calls).toContain('apt-get install -y -qq --no-install-recommends fonts-noto-cjk')
  })

  it('installs nothing when a Chinese font is there', () => {
    expect(runFontStep('WenQuanYi Micro Hei\n')).toEqual(['fc-list :lang=zh family'])
  })
})
