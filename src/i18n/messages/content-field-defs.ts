/** Messages of the content stage about front-matter values (ids `content.*`, spread into contentMessages). */
import { m, zhList } from '../message.js'
import { problemZh } from './problems-zh.js'

export const contentFieldDefs = {
  unknownKey: m(
    (p: { key: string }) => `Unknown front-matter key \`${p.key}\``,
    (p) => `未知的 front-matter 键 \`${p.key}\``,
  ),
  tagsNotField: m(
    (p: { key: string }) =>
      `\`${p.key}\` is not a wxpress field: a WeChat article has no tags. Remove it; the article's column ` +
      '(its topic) goes in `topic`, e.g. `topic: 工具`.',
    (p) =>
      `\`${p.key}\` 不是 wxpress 的字段：公众号文章没有标签。请删掉它；文章所属的专栏（话题）写在 \`topic\` 里，例如 \`topic: 工具\`。`,
  ),
  draftIgnored: m(
    (p: { key: string; value: string }) =>
      `\`${p.key}: ${p.value}\`: wxpress has no \`draft\` key and would send this article at its \`slot\` all the same; it is blocked until the line is gone`,
    (p) =>
      `\`${p.key}: ${p.value}\`：wxpress 不认 \`draft\`，有 \`slot\` 的文章照样会按时发出；删掉这一行之前，这篇文章不会发送`,
  ),
  draftIgnoredHint: m(
    (p: { key: string }) =>
      'Not to be sent: remove `slot` (an article without one is never sent). To have it only saved to ' +
      `WeChat's draft box at its slot: write \`mode: draft\`. Then delete the \`${p.key}:\` line.`,
    (p) =>
      `不想发布就删掉 \`slot\`（没有 slot 的文章不会发出）；想到时只存进公众号草稿箱，就改用 \`mode: draft\`。然后删掉 \`${p.key}:\` 这一行。`,
  ),
  draftUnused: m(
    (p: { key: string; value: string }) =>
      `\`${p.key}: ${p.value}\` is not used: wxpress has no \`draft\` key; an article with a \`slot\` is sent at it`,
    (p) => `\`${p.key}: ${p.value}\` 不起作用：wxpress 不认 \`draft\`，有 \`slot\` 的文章到时就会发出`,
  ),
  draftUnusedHint: m(
    (p: { key: string }) =>
      `Delete the \`${p.key}:\` line. To keep an article from being sent, remove its \`slot\`; to only save it to WeChat's draft box, write \`mode: draft\`.`,
    (p) => `删掉 \`${p.key}:\` 这一行。不想发布就删掉 \`slot\`；只想存进公众号草稿箱就用 \`mode: draft\`。`,
  ),
  knownKeys: m(
    (p: { list: string }) => `Known keys: ${p.list}.`,
    (p) => `可用的键：${zhList(p.list)}。`,
  ),
  maxLength: m(
    (p: { key: string; n: number; max: number; value: string }) =>
      `\`${p.key}\` has ${p.n} characters, more than ${p.max}: ${p.value}`,
    (p) => `\`${p.key}\` 有 ${p.n} 个字符，超过 ${p.max} 个：${p.value}`,
  ),
  shorten: m(
    (p: { max: number }) => `Shorten it to at most ${p.max} characters.`,
    (p) => `请缩短到 ${p.max} 个字符以内。`,
  ),
  empty: m(
    (p: { key: string }) => `\`${p.key}\` is empty`,
    (p) => `\`${p.key}\` 是空的`,
  ),
  invalid: m(
    (p: { key: string; problem: string; value: string }) => `\`${p.key}\` ${p.problem}: ${p.value}`,
    (p) => `\`${p.key}\` 的值${problemZh(p.problem)}：${p.value}`,
  ),
  lineBreak: m(
    (p: { key: string; value: string }) =>
      `\`${p.key}\` has a line break; WeChat shows it on one line and would send the break with it: ${p.value}`,
    (p) => `\`${p.key}\` 里有换行：微信只显示一行，换行却会原样发出去：${p.value}`,
  ),
  lineBreakHint: m(
    (p: { key: string }) =>
      `Write \`${p.key}\` on one line, right after \`${p.key}:\` (not as a \`|\` or \`>\` block).`,
    (p) => `把 \`${p.key}\` 写成一行，紧跟在 \`${p.key}:\` 后面（不要用 \`|\` 或 \`>\` 块）。`,
  ),
  controlChar: m(
    (p: { key: string; code: string; value: string }) =>
      `\`${p.key}\` holds the invisible control character ${p.code}, which would be sent to WeChat as it is: ${p.value}`,
    (p) => `\`${p.key}\` 里有不可见的控制字符 ${p.code}，会原样发给微信：${p.value}`,
  ),
  controlCharHint: m(
    (p: { key: string }) =>
      `Type \`${p.key}\` again without it (such characters come with copy-paste, or from a \`\\0\` or \`\\e\` escape in double quotes).`,
    (p) =>
      `去掉这个字符，重新输入 \`${p.key}\`（这类字符多半是复制粘贴带进来的，或来自双引号里的 \`\\0\`、\`\\e\` 转义）。`,
  ),
  accounts: m(
    (p: { list: string }) => `Accounts in the config: ${p.list}.`,
    (p) => `配置里的账号：${zhList(p.list)}。`,
  ),
  missing: m(
    (p: { key: string }) => `Missing required front-matter key \`${p.key}\``,
    (p) => `缺少必填的 front-matter 键 \`${p.key}\``,
  ),
  hintTitle: m(
    () => 'Write the title shown in chat lists and the article header, e.g. `title: 春季开发者大会报名开启`.',
    () => '写上聊天列表和文章顶部显示的标题，例如 `title: 春季开发者大会报名开启`。',
  ),
  hintTopic: m(
    () => 'Name the column or category, e.g. `topic: 技术` or `topic: 社区通知`.',
    () => '写上栏目或分类，例如 `topic: 技术` 或 `topic: 社区通知`。',
  ),
  hintAudience: m(
    () => 'Use `全部粉丝` for all followers, or the name of a follower tag.',
    () => '发给所有粉丝写 `全部粉丝`，否则写粉丝标签名。',
  ),
  hintCover: m(
    () => 'Put the cover image in the article folder and write its path, e.g. `cover: cover.png`.',
    () => '把封面图片放进文章文件夹并写上路径，例如 `cover: cover.png`。',
  ),
  hintSlot: m(
    () =>
      'Write when to publish, e.g. `slot: 2027-04-15T20:00:00+08:00`; to leave the article unscheduled, remove the line.',
    () => '写上发布时间，例如 `slot: 2027-04-15T20:00:00+08:00`；暂不排期就删掉这一行。',
  ),
  hintSourceUrl: m(
    () =>
      'Write the full address of the original, e.g. `source_url: https://example.com/post`, or remove the line.',
    () => '写原文的完整网址，例如 `source_url: https://example.com/post`，或删掉这一行。',
  ),
  hintOrder: m(
    () => 'Write a whole number: 1 for the head article, 2 for the next …',
    () => '写一个整数：头条写 1，第二篇写 2，依此类推。',
  ),
  hintText: m(
    (p: { key: string }) => `Write \`${p.key}\` as one line of text, or remove the line.`,
    (p) => `把 \`${p.key}\` 写成一行文字，或删掉这一行。`,
  ),
  invalidSlot: m(
    (p: { reason: string; text: string }) => `\`slot\` is ${p.reason}: ${p.text}`,
    (p) => `\`slot\` ${problemZh(p.reason)}：${p.text}`,
  ),
  invalidSlotHint: m(
    () =>
      'Write an ISO-8601 date-time with its offset, e.g. `slot: 2027-04-15T20:00:00+08:00`; times are never guessed.',
    () => '写带时区偏移的 ISO-8601 日期时间，例如 `slot: 2027-04-15T20:00:00+08:00`；时间从不靠猜。',
  ),
  naiveSlot: m(
    (p: { text: string; zone: string }) =>
      `\`slot\` has no time-zone offset: ${p.text}; read as ${p.zone} time`,
    (p) => `\`slot\` 没有时区偏移：${p.text}；按 ${p.zone} 时间解读`,
  ),
  naiveSlotHint: m(
    () => 'Add the offset so nobody has to guess, e.g. `+08:00` for China Standard Time.',
    () => '加上偏移，免得别人猜，例如北京时间写 `+08:00`。',
  ),
  nonexistentTime: m(
    (p: { text: string; zone: string }) =>
      `\`slot\` ${p.text} does not exist in ${p.zone} (clocks skip it); it is moved forward`,
    (p) => `\`slot\` ${p.text} 在 ${p.zone} 不存在（时钟跳过了这段时间），已顺延`,
  ),
  nonexistentTimeHint: m(
    () => 'Pick a time outside the daylight-saving gap, or write the offset explicitly.',
    () => '选一个不在夏令时跳变区间的时间，或明确写出偏移。',
  ),
}
