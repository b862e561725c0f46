import { Command } from '../commander.js'
import type { CliIO, RunCli } from '../io.js'

/**
 * `wxpress demo` (what `npm start` runs): the main job on the bundled content with a fixed clock —
 * check, render, plan, a publish dry run, then a real publish into the built-in WeChat API emulator
 * from a temporary copy of the site (the repository is left untouched).
 */
export default function demoCommand(io: CliIO, run: RunCli): Command {
  return new Command('demo')
    .description(
      'run the main job end to end on ./content with a fixed clock and the built-in WeChat emulator',
    )
    .option('--now <iso>', 'clock for check and plan', '2027-03-01T09:00:00+08:00')
    .action(async (flags: { now: string }) => {
      const { runDemo } = await import('./run-demo.js')
      io.exitCode = await runDemo(io, flags.now, run)
    })
}
