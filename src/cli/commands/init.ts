import type { Command } from '../commander.js'
import { argument, command as defineCommand, option } from '../help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption } from '../options.js'
import type { InitFlags } from './run-init.js'

export default function initCommand(io: CliIO): Command {
  const help = toolHelp.init
  return defineCommand('init', help.description)
    .addArgument(argument('[dir]', help.dir).default('.'))
    .addOption(option('--from <tarball-or-git-url>', help.from))
    .addOption(option('--force-example', help.forceExample))
    .addOption(nowOption())
    .addOption(localeOption())
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('./run-init.js')
      io.exitCode = await runInit(io, dir, flags)
    })
}
