/**
 * `--help` in the site's language (DESIGN §9): the program's description, commander's built-in
 * options and command, its headings and annotations, and the options several commands share. The
 * English texts are those commander printed before (byte for byte); commands' own texts live in
 * `cli-help-commands.ts` and `cli-help-tools.ts`, the texts after a command's help in
 * `cli-help-after.ts`. Every entry takes no parameters except the annotations.
 */
import { defineMessages, m } from '../message.js'
import { afterHelp } from './cli-help-after.js'
import { commandHelp } from './cli-help-commands.js'
import { toolHelp } from './cli-help-tools.js'

export const programHelp = {
  description: m(
    () =>
      'Content-as-code publishing for WeChat Official Accounts (公众号): check, render, plan, publish, stats.',
    () => '内容即代码的公众号发布工具：检查、渲染、排期、发布、统计。',
  ),
  version: m(
    () => 'print the wxpress version',
    () => '显示 wxpress 的版本号',
  ),
  help: m(
    () => 'show help',
    () => '显示帮助',
  ),
  /** Commander's own `-h, --help` of every command and its `help [command]`. */
  commandHelp: m(
    () => 'display help for command',
    () => '显示命令的帮助',
  ),
}

/** Commander's headings and the annotations it adds to a description. */
export const helpFrame = {
  usage: m(
    () => 'Usage:',
    () => '用法：',
  ),
  options: m(
    () => 'Options:',
    () => '选项：',
  ),
  commands: m(
    () => 'Commands:',
    () => '命令：',
  ),
  arguments: m(
    () => 'Arguments:',
    () => '参数：',
  ),
  globalOptions: m(
    () => 'Global Options:',
    () => '全局选项：',
  ),
  choices: m(
    (p: { list: string }) => `choices: ${p.list}`,
    (p) => `可选：${p.list.split(', ').join('、')}`,
  ),
  default: m(
    (p: { value: string }) => `default: ${p.value}`,
    (p) => `默认：${p.value}`,
  ),
}

/** Options and arguments of several commands. */
export const sharedHelp = {
  slugs: m(
    () => 'only these articles (default: all)',
    () => '只处理这些文章（默认：全部）',
  ),
  content: m(
    () => 'content folder holding <slug>/index.md (default: content/)',
    () => '内容文件夹，每篇文章是其中的 <slug>/index.md（默认：content/）',
  ),
  config: m(
    () => 'config file (default: wxpress.config.ts|mjs|json in the site root)',
    () => '配置文件（默认：站点根目录下的 wxpress.config.ts|mjs|json）',
  ),
  now: m(
    () => 'pretend the current time is <iso> (ISO-8601 with offset)',
    () => '把当前时间当作 <iso>（带时区偏移的 ISO-8601）',
  ),
  jobs: m(
    () =>
      'threads for articles not in the cache, counting the main one (1 = no worker threads; default: one per core from 400 uncached articles)',
    () =>
      '处理缓存中没有的文章所用的线程数，含主线程（1 = 不用工作线程；默认：未缓存的文章达到 400 篇时每个 CPU 核心一个）',
  ),
  format: m(
    () => 'output format',
    () => '输出格式',
  ),
  locale: m(
    () => 'language of messages and summaries (default: config `locale`, else en)',
    () => '消息和汇总所用的语言，默认用配置中的 `locale`，没有则为 en',
  ),
  port: m(
    () => 'port (0 = any free port)',
    () => '端口（0 = 任意空闲端口）',
  ),
  host: m(
    () => 'address to listen on',
    () => '监听地址',
  ),
}

/** Every help text as catalogue areas (`cliHelp.<group>.<key>`), for the catalogue and its tests. */
export const cliHelpAreas = Object.entries({
  program: programHelp,
  frame: helpFrame,
  shared: sharedHelp,
  ...commandHelp,
  ...toolHelp,
  after: afterHelp,
}).map(([group, defs]) => defineMessages(`cliHelp.${group}`, defs))
