/**
 * Commands, arguments and options described from the help catalogue (src/i18n/messages/cli-help*.ts):
 * each is made with its English description, as commander always printed it, and remembers its
 * entry, so that help shown in another locale (`help-locale.ts`) writes that locale's text.
 */
import { Argument, Command, Option } from './commander.js'
import type { Entry } from '../i18n/message.js'

export type HelpEntry = Entry<Record<never, never>>

const ENTRIES = new WeakMap<object, HelpEntry>()
/** How a command's after-help text is written once its help is localized; English until then. */
const AFTER = new WeakMap<Command, (entry: HelpEntry, error: boolean) => string>()

/** The entry `item` (a command, argument or option) was described from. */
export const helpEntry = (item: object): HelpEntry | undefined => ENTRIES.get(item)

/** Remembers that `item` is described by `entry`. */
export function described<T extends object>(item: T, entry: HelpEntry): T {
  ENTRIES.set(item, entry)
  return item
}

export const command = (name: string, entry: HelpEntry): Command =>
  described(new Command(name).description(entry.en({})), entry)

export const option = (flags: string, entry: HelpEntry): Option =>
  described(new Option(flags, entry.en({})), entry)

export const argument = (name: string, entry: HelpEntry): Argument =>
  described(new Argument(name, entry.en({})), entry)

/** Adds the text shown after `target`'s help. */
export function helpAfter(target: Command, entry: HelpEntry): Command {
  return target.addHelpText('after', ({ command, error }) => {
    const write = AFTER.get(command)
    return write ? write(entry, error) : entry.en({})
  })
}

/** Sets how `target` writes its after-help text (see `helpAfter`). */
export function setAfterHelp(target: Command, write: (entry: HelpEntry, error: boolean) => string): void {
  AFTER.set(target, write)
}
