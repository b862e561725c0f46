/**
 * Trial F 7: an article deleted (or its folder renamed) after its draft was prepared leaves the draft in
 * WeChat's draft box, where someone could send it by hand; publish says so on every run until the
 * ledger is gone, in the site's language, and sends nothing for it.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { makeSite } from './publish-site.js'
import { account, emu, ledger, SLOT, start } from './publish-emulator.js'

afterEach(async () => emu?.close())

const EARLY = '2027-04-15T10:00:00+08:00'
const env = () => ({
  WECHAT_API_BASE: emu.url,
  WECHAT_APP_ID: 'wx0000000000emulator',
  WECHAT_APP_SECRET: 'emulator-secret',
})

describe('a draft whose article is gone', () => {
  it('is named on each publish run, with what to do, and never sent', async () => {
    await start(EARLY)
    const root = makeSite([
      { slug: 'keep', slot: SLOT },
      { slug: 'gone', slot: '2027-04-16T20:00:00+08:00' },
    ])
    expect((await runCli(['publish', `--now=${EARLY}`], root, env())).code).toBe(0)
    const mediaId = ledger(root, 'gone').draftMediaId as string
    expect(mediaId).toBeTruthy()
    rmSync(path.join(root, 'content', 'gone'), { recursive: true })

    const run = await runCli(['publish', `--now=${EARLY}`], root, env())
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`\`gone\` is no longer in content/, but its draft (media_id ${mediaId})`)
    expect(run.stdout).toContain('remove .wxpress/state/gone.json on the wxpress-state branch')
    const zh = await runCli(['publish', `--now=${EARLY}`, '--locale', 'zh-CN'], root, env())
    expect(zh.stdout).toContain(
      `\`gone\` 已不在 content/ 里，但它的草稿（media_id ${mediaId}）仍在公众号草稿箱`,
    )
    expect(account().massSends).toHaveLength(0)

    // a ledger that names no draft (or a sent one) says nothing
    rmSync(path.join(root, '.wxpress', 'state', 'gone.json'))
    const quiet = await runCli(['publish', `--now=${EARLY}`], root, env())
    expect(quiet.stdout).not.toContain('is no longer in content/')
  })
})
