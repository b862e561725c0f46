/**
 * Help in Chinese (DESIGN §9): commander's help with the catalogue's zh texts, headings and
 * annotations, measured and wrapped for CJK (two columns a character). Loaded only when a help
 * screen is shown in a zh-CN site; English help is commander's own, untouched.
 */
import { type Argument, type Command, Help, type Option } from './commander.js'
import { displayWidth, wrapCjk } from './cjk-wrap.js'
import { helpEntry, setAfterHelp } from './help.js'
import { helpFrame, programHelp } from '../i18n/messages/cli-help.js'

const HEADINGS: Record<string, string> = {
  'Usage:': helpFrame.usage.zh({}),
  'Options:': helpFrame.options.zh({}),
  'Commands:': helpFrame.commands.zh({}),
  'Arguments:': helpFrame.arguments.zh({}),
  'Global Options:': helpFrame.globalOptions.zh({}),
}

/**
 * The zh text of a command, argument or option; commander's own `-h, --help`, `help [command]` and
 * `-v, --version` are found by name. Undefined when the catalogue has none.
 */
export function zhHelpText(item: Command | Argument | Option): string | undefined {
  const entry = helpEntry(item)
  if (entry) return entry.zh({})
  const name = 'long' in item ? item.long : item.name()
  if (name === '--help' || name === 'help') return programHelp.commandHelp.zh({})
  if (name === '--version') return programHelp.version.zh({})
  return undefined
}

/** `（可选："a"、"b"；默认："x"）` after a description, like commander's `(choices: …, default: …)`. */
function annotated(
  text: string,
  choices: readonly string[] | undefined,
  fallback: string | undefined,
): string {
  const notes: string[] = []
  if (choices) notes.push(helpFrame.choices.zh({ list: choices.map((c) => JSON.stringify(c)).join(', ') }))
  if (fallback !== undefined) notes.push(helpFrame.default.zh({ value: fallback }))
  if (notes.length === 0) return text
  // inside the description's own closing parenthesis, if it ends with one: `（0 = 任意空闲端口；默认：8090）`
  return text.endsWith('）')
    ? `${text.slice(0, -1)}；${notes.join('；')}）`
    : `${text}（${notes.join('；')}）`
}

const shownDefault = (value: unknown, description: string | undefined): string | undefined =>
  value === undefined ? undefined : description || JSON.stringify(value)

class ZhHelp extends Help {
  override formatHelp(cmd: Command, helper: Help): string {
    // commander puts a space after its `Usage:`; none after the full-width colon
    const [usage = '', ...rest] = super.formatHelp(cmd, helper).split('\n')
    return [usage.replace(`${HEADINGS['Usage:']} `, HEADINGS['Usage:']!), ...rest].join('\n')
  }
  override styleTitle(title: string): string {
    return HEADINGS[title] ?? title
  }
  override commandDescription(cmd: Command): string {
    return zhHelpText(cmd) ?? super.commandDescription(cmd)
  }
  override subcommandDescription(cmd: Command): string {
    return zhHelpText(cmd) ?? super.subcommandDescription(cmd)
  }
  override optionDescription(option: Option): string {
    // commander shows a default only for options that take a value (and plain true/false ones)
    const showDefault =
      option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')
    return annotated(
      zhHelpText(option) ?? option.description,
      option.argChoices,
      showDefault ? shownDefault(option.defaultValue, option.defaultValueDescription) : undefined,
    )
  }
  override argumentDescription(argument: Argument): string {
    return annotated(
      zhHelpText(argument) ?? argument.description,
      argument.argChoices,
      shownDefault(argument.defaultValue, argument.defaultValueDescription),
    )
  }
  override displayWidth(text: string): number {
    return displayWidth(text)
  }
  override boxWrap(text: string, width: number): string {
    return width < this.minWidthToWrap ? text : wrapCjk(text, width)
  }
}

/** Columns of the terminal help goes to, as commander finds them (80 when not a terminal). */
const helpWidth = (error: boolean): number => {
  const stream = error ? process.stderr : process.stdout
  return (stream.isTTY && stream.columns) || 80
}

/** Makes `command` and its subcommands write their help in Chinese. */
export function zhHelp(command: Command): void {
  command.createHelp = () => Object.assign(new ZhHelp(), command.configureHelp())
  setAfterHelp(command, (entry, error) => wrapCjk(entry.zh({}), helpWidth(error)))
  for (const sub of command.commands) zhHelp(sub)
}
