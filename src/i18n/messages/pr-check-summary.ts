/** The job summary of `wxpress pr-check` (Markdown on the workflow run's page). */
import { defineMessages, m } from '../message.js'
import { reasonZh } from './render-reasons-zh.js'

export const prCheckSummaryMessages = defineMessages('prCheckSummary', {
  summaryNoCjkFont: m(
    () => 'The screenshots show Chinese as boxes (□): no CJK font is installed (e.g. `fonts-noto-cjk`).',
    () => '截图里的中文显示成了方框（□）：没有安装中文字体（例如 `fonts-noto-cjk`）。',
  ),
  summaryCounted: m(
    (p: { articles: number; errors: number; warnings: number; infos: number }) =>
      `${p.articles} article(s) checked: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s).`,
    (p) => `已检查 ${p.articles} 篇文章：${p.errors} 个错误，${p.warnings} 个警告，${p.infos} 条提示。`,
  ),
  summaryScreenshots: m(
    (p: { reason: string }) => `Screenshots skipped: ${p.reason}`,
    (p) => `未截图：${reasonZh(p.reason)}`,
  ),
  summaryColumns: m(
    () => '| | article | file | changed |',
    () => '| | 文章 | 文件 | 有改动 |',
  ),
  /** A renamed article folder in the job summary: the publish ledger stays under the old name. */
  summaryRenamed: m(
    (p: { from: string; to: string }) =>
      `Renamed: \`${p.from}\` → \`${p.to}\`. The publish ledger is kept per folder name: if \`${p.from}\` was ` +
      `already drafted, publish makes a new draft for \`${p.to}\`; if it was sent, publishing \`${p.to}\` is blocked ` +
      `(publish/renamed-after-send) until the folder is renamed back or its ledger is moved on the wxpress-state branch.`,
    (p) =>
      `重命名：\`${p.from}\` → \`${p.to}\`。发布台账按文件夹名记录：如果 \`${p.from}\` 已经建过草稿，发布时会为 ` +
      `\`${p.to}\` 另建一份草稿；如果已经发出，发布 \`${p.to}\` 时会被阻止（publish/renamed-after-send），` +
      '直到把文件夹改回，或者在 wxpress-state 分支上移动它的台账。',
  ),
  summaryYes: m(
    () => 'yes',
    () => '是',
  ),
})
