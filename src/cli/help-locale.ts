/**
 * The language of a help screen (DESIGN §9): `--locale` in argv, else the site config's `locale`,
 * else en, the way usage errors find it. The config is read only when argv shows help (`-h`,
 * `--help`, `help`, no arguments, or a command that needs a subcommand), so other runs start as fast
 * as ever; a config that cannot be read gives en.
 */
import type { Command } from './commander.js'
import { usageLocale } from './usage-locale.js'

/** Whether `argv` makes commander show a help screen (before `--`). */
export function showsHelp(program: Command, argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  const args = end < 0 ? argv : argv.slice(0, end)
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) return true
  let command = program
  for (const arg of args) {
    if (arg === 'help' && command.commands.length > 0) return true
    const sub = command.commands.find((c) => c.name() === arg)
    if (!sub) return false
    command = sub
  }
  return command.commands.length > 0
}

/** Shows `program`'s help in the site's language when argv asks for help; English needs nothing. */
export async function localizeHelp(program: Command, argv: readonly string[], cwd: string): Promise<void> {
  if (!showsHelp(program, argv)) return
  const locale = await usageLocale(argv, cwd)
  if (locale === 'en') return
  const { zhHelp } = await import('./help-zh.js')
  zhHelp(program)
}
