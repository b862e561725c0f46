import { Command, Option } from '../commander.js'
import type { CliIO } from '../io.js'
import { formatOption, jobsOption, localeOption, nowOption, withSiteOptions } from '../options.js'
import type { CheckFlags } from './flags.js'

export default function checkCommand(io: CliIO): Command {
  const command = new Command('check')
    .description('check front-matter, lint, render and schedule; report every finding in every file')
    .argument('[slugs...]', 'only these articles (default: all)')
    .addOption(formatOption(['pretty', 'json', 'github', 'markdown'], 'pretty'))
    .addOption(nowOption())
    .option('--changed <git-ref>', 'only articles changed since <git-ref> (e.g. origin/main)')
    .option('-q, --quiet', 'hide infos in the pretty report')
    .option('--fix', 'apply safe typography fixes to the Markdown sources')
    .addOption(new Option('--fix-dry-run', 'show the fixes as a diff without writing').conflicts('fix'))
    .option('--no-cache', 'ignore .wxpress/cache (neither read nor written)')
    .addOption(jobsOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (slugs: string[], flags: CheckFlags) => {
    const { runCheck } = await import('./run-check.js')
    io.exitCode = await runCheck(io, slugs, flags)
  })
}
