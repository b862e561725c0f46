/**
 * Command-line usage errors (commander's unknown option/command, invalid or missing values …) in the
 * site's locale. The English texts are commander's own wording (its text is printed as it is in
 * English); the option-value reasons are the texts our own argument parsers throw.
 */
import { defineMessages, m, zhList } from '../message.js'
import { problemZh } from './problems-zh.js'

/** `a, b, c` (commander's list) → `a、b、c`. */

/** The `--now` problems of `nowProblem` (date-time.ts), to follow `"<value>"`. */
const NOT_ISO = 'not an ISO-8601 date-time'

function nowProblemZh(problem: string): string {
  if (problem === 'a date without a time of day') return '只有日期，没有时间'
  if (problem === 'a date-time without an offset') return '缺少时区偏移'
  return problemZh(problem)
}

export const cliUsageMessages = defineMessages('cliUsage', {
  error: m(
    (p: { text: string }) => `error: ${p.text}`,
    (p) => `错误：${p.text}`,
  ),
  unknownOption: m(
    (p: { flag: string }) => `unknown option '${p.flag}'`,
    (p) => `未知选项 ${p.flag}`,
  ),
  unknownCommand: m(
    (p: { name: string }) => `unknown command '${p.name}'`,
    (p) => `未知命令 ${p.name}`,
  ),
  didYouMean: m(
    (p: { s: string }) => `\n(Did you mean ${p.s}?)`,
    (p) => `（你是不是想用 ${p.s}？）`,
  ),
  didYouMeanOneOf: m(
    (p: { list: string }) => `\n(Did you mean one of ${p.list}?)`,
    (p) => `（你是不是想用 ${zhList(p.list)} 中的一个？）`,
  ),
  invalidValue: m(
    (p: { flags: string; option: string; value: string; reason: string }) =>
      `option '${p.flags}' argument '${p.value}' is invalid. ${p.reason}`,
    (p) => `${p.option} 的值 "${p.value}" 无效：${p.reason}`,
  ),
  missingValue: m(
    (p: { flags: string; option: string }) => `option '${p.flags}' argument missing`,
    (p) => `选项 ${p.option} 缺少值`,
  ),
  tooManyArguments: m(
    (p: { command: string; expected: number; got: number }) =>
      `too many arguments for '${p.command}'. Expected ${p.expected} arguments but got ${p.got}.`,
    (p) => `wxpress ${p.command} 的参数过多：最多 ${p.expected} 个，实际有 ${p.got} 个`,
  ),
  missingArgument: m(
    (p: { name: string }) => `missing required argument '${p.name}'`,
    (p) => `缺少必需的参数 ${p.name}`,
  ),
  missingOption: m(
    (p: { option: string }) => `required option '${p.option}' not specified`,
    (p) => `缺少必需的选项 ${p.option}`,
  ),
  conflicting: m(
    (p: { option: string; other: string }) => `option '${p.option}' cannot be used with option '${p.other}'`,
    (p) => `${p.option} 不能与 ${p.other} 同时使用`,
  ),
  helpLine: m(
    (p: { command: string }) => `(run \`wxpress ${p.command} --help\` for usage)`,
    (p) => `（运行 wxpress ${p.command} --help 查看用法）`,
  ),
  helpLineProgram: m(
    () => '(run `wxpress --help` or `wxpress <command> --help` for usage)',
    () => '（运行 wxpress --help 或 wxpress <命令> --help 查看用法）',
  ),
  // reasons an option value is invalid (`options.ts`, commands' own parsers, `.choices()`)
  choices: m(
    (p: { choices: string }) => `Allowed choices are ${p.choices}.`,
    (p) => `应为 ${zhList(p.choices)} 之一`,
  ),
  wholeNumberRange: m(
    (p: { min: number; max: number; value: string }) =>
      `expected a whole number from ${p.min} to ${p.max} (got "${p.value}")`,
    (p) => `应为 ${p.min} 到 ${p.max} 之间的整数`,
  ),
  wholeNumber: m(
    (p: { value: string }) => `expected a whole number (got "${p.value}")`,
    () => '应为不小于 0 的整数',
  ),
  positiveNumber: m(
    () => 'expected a positive whole number',
    () => '应为正整数',
  ),
  milliseconds: m(
    () => 'expected a whole number of milliseconds',
    () => '应为整数毫秒数',
  ),
  port: m(
    () => 'expected a port number 0–65535',
    () => '应为 0–65535 之间的端口号',
  ),
  // the error line names the value already (`--now 的值 "x" 无效：` / `argument 'x' is invalid.`)
  now: m(
    (p: { value: string; problem: string }) =>
      `expected an ISO-8601 date-time with offset, e.g. 2027-04-15T08:00:00+08:00${p.problem === NOT_ISO ? '' : `; this is ${p.problem}`}`,
    // "not an ISO-8601 date-time" would say the first half again
    (p) =>
      `应为带时区偏移的 ISO-8601 日期时间，例如 2027-04-15T08:00:00+08:00${p.problem === NOT_ISO ? '' : `；这个值${nowProblemZh(p.problem)}`}`,
  ),
  // the `--format json` diagnostics (cli/unknown-option, cli/invalid-option, cli/missing-option-value)
  optionsHelp: m(
    (p: { command: string }) => `Run \`wxpress ${p.command} --help\` for the options.`,
    (p) => `运行 \`wxpress ${p.command} --help\` 查看可用的选项。`,
  ),
  unknownOptionOf: m(
    (p: { flag: string; command: string }) => `Unknown option \`${p.flag}\` for wxpress ${p.command}`,
    (p) => `wxpress ${p.command} 没有选项 \`${p.flag}\``,
  ),
  didYouMeanHint: m(
    (p: { s: string; help: string }) => `Did you mean \`${p.s}\`? ${p.help}`,
    (p) => `是不是想写 \`${p.s}\`？${p.help}`,
  ),
  invalidValueOf: m(
    (p: { option: string; value: string; reason: string }) => `Invalid value for ${p.option}: ${p.reason}`,
    (p) => `${p.option} 的值 "${p.value}" 无效：${p.reason}`,
  ),
  useChoicesHint: m(
    (p: { help: string }) => `Use one of the allowed choices. ${p.help}`,
    (p) => `请使用允许的取值之一。${p.help}`,
  ),
  fixValueHint: m(
    (p: { option: string; help: string }) => `Fix the value of ${p.option}. ${p.help}`,
    (p) => `请修改 ${p.option} 的值。${p.help}`,
  ),
  needsValue: m(
    (p: { flags: string; option: string }) => `Option ${p.flags} needs a value`,
    (p) => `选项 ${p.option} 缺少值`,
  ),
  needsValueHint: m(
    (p: { option: string; help: string }) =>
      `Write the value after the option (\`${p.option} <value>\` or \`${p.option}=<value>\`). ${p.help}`,
    (p) => `把值写在选项后面（\`${p.option} <value>\` 或 \`${p.option}=<value>\`）。${p.help}`,
  ),
})
