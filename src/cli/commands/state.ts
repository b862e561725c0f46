import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption } from '../options.js'

import type { StateFlags } from './flags.js'

function subcommand(io: CliIO, name: 'pull' | 'push', description: string): Command {
  const command = new Command(name)
    .description(description)
    .option('--branch <name>', 'the state branch', 'wxpress-state')
    .option('--remote <name>', 'the remote holding it (name or URL)', 'origin')
    .addOption(localeOption())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
  if (name === 'push') {
    command
      .option('--message <text>', 'commit message', 'wxpress: publish state')
      .option(
        '--attempts <n>',
        'push attempts when the push is rejected (with backoff)',
        (v) => Math.max(1, Math.min(20, Number(v) || 5)),
        5,
      )
  }
  return command.action(async (flags: StateFlags) => {
    const { runStatePull, runStatePush } = await import('./run-state.js')
    io.exitCode = name === 'pull' ? await runStatePull(io, flags) : await runStatePush(io, flags)
  })
}

export default function stateCommand(io: CliIO): Command {
  return new Command('state')
    .description(
      'carry the publish ledger and statistics on a branch of their own (works with a protected main)',
    )
    .addCommand(
      subcommand(
        io,
        'pull',
        'write the state branch’s .wxpress/state and .wxpress/stats files into the working tree',
      ),
    )
    .addCommand(
      subcommand(
        io,
        'push',
        'commit .wxpress/state and .wxpress/stats onto the state branch (not the checked-out one), push it',
      ),
    )
    .addHelpText(
      'after',
      `
The Action runs \`wxpress state pull\` before due/publish/stats (they read .wxpress/state as present in
the working tree) and \`wxpress state push\` after publish and stats. A missing branch is fine on first use. Pull never
overwrites a local file that is newer than or conflicts with the branch's copy; push merges file by file
(newer wins, undecidable → error) and retries a rejected push after fetching again.`,
    )
}
