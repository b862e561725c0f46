import { Command } from '../commander.js'
import type { CliIO } from '../io.js'
import { localeOption, nowOption, withSiteOptions } from '../options.js'

import type { DueFlags } from './flags.js'

export default function dueCommand(io: CliIO): Command {
  const command = new Command('due')
    .description(
      'print true when publish has work now (a push due or interrupted, a draft to prepare), else false',
    )
    .addOption(nowOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      `
Reads front-matter and .wxpress/state only (no render, no lint), so a scheduled job can skip the rest:
  if [ "$(npx --no-install wxpress due)" = true ]; then npx --no-install wxpress publish; fi
Why it is true goes to stderr. Exit 0; 2 on config errors.`,
    )
  withSiteOptions(command)
  return command.action(async (flags: DueFlags) => {
    const { runDue } = await import('./run-due.js')
    io.exitCode = await runDue(io, flags)
  })
}
