import type { Command } from '../commander.js'
import { argument, command as defineCommand, option } from '../help.js'
import type { CliIO } from '../io.js'
import { formatOption, jobsOption, localeOption, nowOption, withSiteOptions } from '../options.js'
import type { CheckFlags } from './flags.js'
import { sharedHelp } from '../../i18n/messages/cli-help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'

const help = commandHelp.check

export default function checkCommand(io: CliIO): Command {
  const command = defineCommand('check', help.description)
    .addArgument(argument('[slugs...]', sharedHelp.slugs))
    .addOption(formatOption(['pretty', 'json', 'github', 'markdown'], 'pretty'))
    .addOption(nowOption())
    .addOption(option('--changed <git-ref>', help.changed))
    .addOption(option('-q, --quiet', help.quiet))
    .addOption(option('--fix', help.fix))
    .addOption(option('--fix-dry-run', help.fixDryRun).conflicts('fix'))
    .addOption(option('--no-cache', help.noCache))
    .addOption(jobsOption())
    .addOption(localeOption())
  withSiteOptions(command)
  return command.action(async (slugs: string[], flags: CheckFlags) => {
    const { runCheck } = await import('./run-check.js')
    io.exitCode = await runCheck(io, slugs, flags)
  })
}
