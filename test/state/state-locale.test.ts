/** `state pull|push` speak the site's language: `--locale`, else the config's `locale` (the Action passes none). */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { createSandbox, writeEntry } from './git-sandbox.js'

const A = '.wxpress/state/one.json'
const entry = { slug: 'one', state: 'sent', timestamps: { sent: '2027-04-15T12:05:00.000Z' } }

describe('wxpress state: locale', () => {
  it('a zh-CN site: Chinese lines without --locale; --locale en overrides; a broken config leaves English', async () => {
    const box = createSandbox()
    const site = box.clone('site')
    writeFileSync(path.join(site, 'wxpress.config.json'), '{ "locale": "zh-CN" }\n')
    writeEntry(site, A, entry)
    const pushed = await runCli(['state', 'push'], site)
    expect(pushed.code).toBe(0)
    expect(pushed.stdout).toMatch(/^已推送 1 个状态文件到 origin\/wxpress-state（[0-9a-f]+）。$/m)
    const other = box.clone('other')
    writeFileSync(path.join(other, 'wxpress.config.json'), '{ "locale": "zh-CN" }\n')
    const pulled = await runCli(['state', 'pull'], other)
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toMatch(/^已从 origin\/wxpress-state（[0-9a-f]+）拉取 1 个状态文件。$/m)
    const english = await runCli(['state', 'push', '--locale', 'en'], other)
    expect(english.stdout).toContain('origin/wxpress-state already holds this state')
    writeFileSync(path.join(other, 'wxpress.config.json'), '{ "locale": "zh-CN", \n')
    const broken = await runCli(['state', 'push'], other)
    expect(broken.code).toBe(0)
    expect(broken.stdout).toContain('origin/wxpress-state already holds this state')
  })
})
