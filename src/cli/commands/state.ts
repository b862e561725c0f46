import type { Command } from '../commander.js'
import { command as defineCommand, helpAfter, option } from '../help.js'
import { commandHelp } from '../../i18n/messages/cli-help-commands.js'
import { afterHelp } from '../../i18n/messages/cli-help-after.js'
import type { CliIO } from '../io.js'
import { localeOption } from '../options.js'

import type { StateFlags } from './flags.js'

const help = commandHelp.state

function subcommand(io: CliIO, name: 'pull' | 'push'): Command {
  const command = defineCommand(name, help[name])
    .addOption(option('--branch <name>', help.branch).default('wxpress-state'))
    .addOption(option('--remote <name>', help.remote).default('origin'))
    .addOption(localeOption())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
  if (name === 'push') {
    command.addOption(option('--message <text>', help.message).default('wxpress: publish state')).addOption(
      option('--attempts <n>', help.attempts)
        .argParser((v) => Math.max(1, Math.min(20, Number(v) || 5)))
        .default(5),
    )
  }
  return command.action(async (flags: StateFlags) => {
    const { runStatePull, runStatePush } = await import('./run-state.js')
    io.exitCode = name === 'pull' ? await runStatePull(io, flags) : await runStatePush(io, flags)
  })
}

export default function stateCommand(io: CliIO): Command {
  const command = defineCommand('state', help.description)
    .addCommand(subcommand(io, 'pull'))
    .addCommand(subcommand(io, 'push'))
  return helpAfter(command, afterHelp.state)
}
