/** The steps of `wxpress demo`; each runs the real command in-process. */
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmulator, DEFAULT_APP_ID, DEFAULT_APP_SECRET } from '../../emulator/create-emulator.js'
import { checkSite } from '../../site/check-site.js'
import { loadSite } from '../../site/load-site.js'
import { parseNow } from '../../core/date-time.js'
import { formatLocalIso } from '../../core/date-time.js'
import type { CliIO, RunCli } from '../io.js'
import { EXIT } from '../io.js'

/** What of the site the copy for step 5 takes (`rel` starts with a separator, or is empty). */
function copied(rel: string): boolean {
  const parts = rel.split(/[\\/]/).filter(Boolean)
  if (parts.some((p) => p === 'node_modules' || p === '.git' || p === 'dist')) return false
  return parts[0] !== '.wxpress' || parts.length === 1 || parts[1] === 'cache'
}

export async function runDemo(io: CliIO, now: string, run: RunCli): Promise<number> {
  const step = async (title: string, argv: string[], cwd = io.cwd, env = io.env) => {
    io.stdout.write(`\n━━ ${title}\n$ wxpress ${argv.join(' ')}\n\n`)
    return run(argv, { cwd, env, stdout: io.stdout, stderr: io.stderr })
  }
  const nowMs = parseNow(now, 'UTC')
  if (nowMs === undefined) {
    io.stderr.write(`wxpress: --now expects an ISO-8601 date-time, got "${now}"\n`)
    return EXIT.usage
  }
  const codes = [
    await step('1. check: front-matter, lint, render checks, schedule', ['check', `--now=${now}`, '--quiet']),
    await step('2. render: WeChat-safe HTML into .wxpress/demo/', ['render', '--out', '.wxpress/demo']),
    await step('3. plan: the push plan', ['plan', `--now=${now}`]),
  ]
  const site = await loadSite({ root: io.cwd })
  const { plan } = await checkSite(site, { nowMs, noCache: false })
  const first = plan.pushes.find((p) => !p.blocked && p.slotMs >= nowMs)
  if (!first) {
    io.stdout.write('\nNo upcoming push to publish.\n')
    return Math.max(...codes)
  }
  const at = formatLocalIso(first.slotMs + 5 * 60_000, plan.timezone)
  const emulator = await createEmulator({ clock: at, tags: site.config.accounts[first.account]?.tags ?? [] })
  const env = {
    ...io.env,
    WECHAT_API_BASE: emulator.url,
    WECHAT_APP_ID: DEFAULT_APP_ID,
    WECHAT_APP_SECRET: DEFAULT_APP_SECRET,
  }
  const copy = await mkdtemp(path.join(tmpdir(), 'wxpress-demo-'))
  try {
    io.stdout.write(
      `\n(the WeChat API emulator is listening on ${emulator.url}; the clock is ${at}, five minutes after the first slot)\n`,
    )
    codes.push(
      await step(
        '4. publish --dry-run: the calls it would make',
        ['publish', '--dry-run', `--now=${at}`],
        io.cwd,
        env,
      ),
    )
    // the site's render cache goes along (the renders of steps 1–2, not drawn and converted again);
    // its ledgers, statistics and locks do not: the copy publishes from a blank state
    await cp(io.cwd, copy, { recursive: true, filter: (src) => copied(src.slice(io.cwd.length)) })
    codes.push(
      await step(
        '5. publish into the emulator (from a temporary copy of the site)',
        ['publish', `--now=${at}`],
        copy,
        env,
      ),
    )
    const state = emulator.state() as {
      accounts: Record<
        string,
        { images: unknown[]; materials: unknown[]; drafts: unknown[]; massSends: unknown[] }
      >
    }
    const account = Object.values(state.accounts)[0]
    io.stdout.write(
      `\nThe emulator now holds ${account?.images.length ?? 0} body images, ${account?.materials.length ?? 0} covers, ${account?.drafts.length ?? 0} drafts waiting for their slot and ${account?.massSends.length ?? 0} mass send.\n`,
    )
  } finally {
    await emulator.close()
    await rm(copy, { recursive: true, force: true })
  }
  return Math.max(...codes)
}
