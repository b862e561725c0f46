import type { Command } from '../commander.js'
import { command as defineCommand, option } from '../help.js'
import { toolHelp } from '../../i18n/messages/cli-help-tools.js'
import type { CliIO, RunCli } from '../io.js'

/**
 * `wxpress demo` (what `npm start` runs): the main job on the bundled content with a fixed clock —
 * check, render, plan, a publish dry run, then a real publish into the built-in WeChat API emulator
 * from a temporary copy of the site (the repository is left untouched).
 */
export default function demoCommand(io: CliIO, run: RunCli): Command {
  return defineCommand('demo', toolHelp.demo.description)
    .addOption(option('--now <iso>', toolHelp.demo.now).default('2027-03-01T09:00:00+08:00'))
    .action(async (flags: { now: string }) => {
      const { runDemo } = await import('./run-demo.js')
      io.exitCode = await runDemo(io, flags.now, run)
    })
}
