import { Command, Option } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, wholeNumber, withSiteOptions } from '../options.js'
import { cliUsageMessages } from '../../i18n/messages/cli-usage.js'
import type { PublishFlags } from './flags.js'

const whole = wholeNumber((value) => cliUsageMessages.msg.wholeNumber({ value }))

export default function publishCommand(io: CliIO): Command {
  const command = new Command('publish')
    .description('upload images, create or update drafts, and send the pushes that are due (never twice)')
    .addOption(nowOption())
    .addOption(localeOption())
    .option('--dry-run', 'print the WeChat calls it would make, make none (no credentials needed)')
    .addOption(
      new Option('--mode <mode>', 'override the mode of every push').choices([
        'draft',
        'publish',
        'broadcast',
      ]),
    )
    .option('--only <slug>', 'only the push containing this article')
    .option(
      '--preflight',
      'send nothing: check credentials, the mode’s permission and follower tags of the pushes to come',
    )
    .option(
      '--alert',
      'then report on GitHub: an issue per missed/blocked/failed push, "sent" and preflight comments on PRs',
    )
    .option(
      '--poll <seconds>',
      'how long to wait for a freepublish task before leaving it to the next run (default 120)',
      whole,
    )
    .option(
      '--lock-wait <seconds>',
      'how long to wait for another publish of the same account (default 30)',
      whole,
    )
    .option(
      '--lock-max-age <minutes>',
      'a publish lock older than this is stale and taken over (default 120)',
      whole,
    )
    .addHelpText(
      'after',
      `
Due pushes (slot ≤ now, at most schedule.maxLatenessMinutes late) are sent; later pushes are prepared
(images uploaded, draft created or updated); missed pushes are reported and never sent late.
Environment: WECHAT_API_BASE (default https://api.weixin.qq.com), WECHAT_APP_ID, WECHAT_APP_SECRET
(or the account's appIdEnv/appSecretEnv). The ledger is .wxpress/state/<slug>.json: keep it with \`wxpress state push\` (the Action does).
--alert needs GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL, WXPRESS_BOT_LOGIN optional); a GitHub
failure is one line on stderr and never changes the exit code.`,
    )
  withSiteOptions(command)
  return command.action(async (flags: PublishFlags) => {
    const { runPublish } = await import('./run-publish.js')
    io.exitCode = await runPublish(io, flags)
  })
}
