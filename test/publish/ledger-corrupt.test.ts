import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'
import { account, AT_SLOT, calls, emu, ENV, file, SLOT, start } from './ledger-emulator.js'

afterEach(async () => emu?.close())

describe('a corrupt ledger blocks its push, never resends it', () => {
  it.each(['conflict', 'truncated', 'version', 'directory'])(
    '%s: exit 1, error naming the file, nothing sent again',
    async (kind) => {
      await start()
      const root = makeSite([{ slug: 'one', slot: SLOT }])
      expect((await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())).code).toBe(0)
      const text = readFileSync(file(root, 'one'), 'utf8')
      if (kind === 'conflict')
        writeFileSync(file(root, 'one'), `<<<<<<< HEAD\n${text}=======\n{}\n>>>>>>> origin/main\n`)
      if (kind === 'truncated') writeFileSync(file(root, 'one'), text.slice(0, 40))
      if (kind === 'version') writeFileSync(file(root, 'one'), text.replace('"version": 1', '"version": 7'))
      if (kind === 'directory') {
        rmSync(file(root, 'one'))
        const { mkdirSync } = await import('node:fs')
        mkdirSync(file(root, 'one'))
      }
      const again = await runCli(['publish', `--now=${AT_SLOT}`], root, ENV())
      expect(again.code).toBe(1)
      expect(again.stdout).toContain('publish/ledger-unreadable')
      expect(again.stdout).toContain('.wxpress/state/one.json')
      expect(again.stdout).toMatch(/wxpress-state branch history/)
      expect(again.stdout).toMatch(/0 sent, 0 drafted, 0 failed, 0 missed, 1 blocked/)
      // days later still: sent or not is unknown, never a warning that fades
      const later = await runCli(['publish', '--now=2027-04-22T09:00:00+08:00'], root, ENV())
      expect(later.code).toBe(1)
      expect(later.stdout).toContain('publish/ledger-unreadable')
      expect(calls('/cgi-bin/draft/add')).toBe(1)
      expect(account().massSends).toHaveLength(1)
      const check = await runCli(['check', `--now=${AT_SLOT}`, '--format=json'], root)
      expect(check.code).toBe(1)
      expect(JSON.parse(check.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain(
        'publish/ledger-unreadable',
      )
      const plan = JSON.parse((await runCli(['plan', `--now=${AT_SLOT}`, '--format=json'], root)).stdout)
      expect(plan.pushes[0].blocked).toBe(true)
      expect(plan.pushes[0].blockedBy).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'content/one/index.md', ruleId: 'publish/ledger-unreadable' }),
        ]),
      )
      const pretty = (await runCli(['plan', `--now=${AT_SLOT}`], root)).stdout
      expect(pretty).toMatch(/BLOCKED[\s\S]*blocked by content\/one\/index\.md: The publish ledger/)
    },
  )
})
