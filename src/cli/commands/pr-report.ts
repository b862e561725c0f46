import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption } from '../options.js'
import type { PrReportFlags } from './flags.js'

export default function prReportCommand(io: CliIO): Command {
  return new Command('pr-report')
    .description(
      'trusted half of the PR check: from the artifact of `pr-check`, write the check run, ' +
        'the sticky comment, the preview images and the one-click fixes',
    )
    .option('--artifact <dir>', 'artifact folder written by `wxpress pr-check`', 'wxpress-pr')
    .addOption(nowOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      `
Never runs site code: reads only <dir>. Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name),
GITHUB_API_URL (default https://api.github.com), GITHUB_SERVER_URL (default https://github.com),
GITHUB_EVENT_PATH (a workflow_run event: its head sha must match the artifact and the pull request),
GITHUB_RUN_ID (link to the artifact when images cannot be published), WXPRESS_BOT_LOGIN (default
github-actions[bot]: the author of the sticky comment when another token is used).
Permissions: pull-requests: write, checks: write, contents: write (preview images).`,
    )
    .action(async (flags: PrReportFlags) => {
      const { runPrReport } = await import('./run-pr-report.js')
      io.exitCode = await runPrReport(io, flags)
    })
}
