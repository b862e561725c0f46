import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { formatOption, localeOption, nowOption, withSiteOptions } from '../options.js'

import type { StatsFlags } from './flags.js'

export default function statsCommand(io: CliIO): Command {
  const command = new Command('stats')
    .description(
      'read WeChat statistics of sent articles into the ledger; --post comments them on each article’s PR',
    )
    .addOption(formatOption(['pretty', 'json', 'markdown'], 'pretty'))
    .option('--post', 'post (or update) one comment per article on the pull request that added it')
    .addOption(nowOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      `
Environment: WECHAT_API_BASE, WECHAT_APP_ID, WECHAT_APP_SECRET; with --post also GITHUB_TOKEN,
GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default https://api.github.com).`,
    )
  withSiteOptions(command)
  return command.action(async (flags: StatsFlags) => {
    const { runStats } = await import('./run-stats.js')
    io.exitCode = await runStats(io, flags)
  })
}
