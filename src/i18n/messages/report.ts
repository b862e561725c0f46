/** Reporter and CLI summary texts: the pretty and Markdown reports, `--fix` and plan summaries. */
import { defineMessages, m, num, zhList } from '../message.js'

const s = (n: number, word: string) => `${num(n)} ${word}${n === 1 ? '' : 's'}`

export const reportMessages = defineMessages('report', {
  hint: m(
    (p: { hint: string }) => `hint: ${p.hint}`,
    (p) => `建议：${p.hint}`,
  ),
  totals: m(
    (p: { errors: number; warnings: number; infos: number; files: number }) =>
      `${s(p.errors, 'error')}, ${s(p.warnings, 'warning')}${p.infos > 0 ? `, ${s(p.infos, 'info')}` : ''} in ${s(p.files, 'file')}`,
    (p) =>
      `${num(p.files)} 个文件：${num(p.errors)} 个错误，${num(p.warnings)} 个警告${p.infos > 0 ? `，${num(p.infos)} 条提示` : ''}`,
  ),
  /** The pretty report shows 20 warnings or infos of a rule per file; this line counts the rest. */
  moreOfRule: m(
    (p: { n: number; rule: string }) =>
      `… ${num(p.n)} more like these (${p.rule}); run \`npx --no-install wxpress check --format json\` to see them all`,
    (p) =>
      `…… 还有 ${num(p.n)} 处同类问题（${p.rule}），运行 \`npx --no-install wxpress check --format json\` 查看全部`,
  ),
  fixable: m(
    (p: { n: number }) => `${s(p.n, 'finding')} can be fixed with \`npx --no-install wxpress check --fix\``,
    (p) => `其中 ${num(p.n)} 处可用 \`npx --no-install wxpress check --fix\` 自动修正`,
  ),
  severityError: m(
    () => 'error',
    () => '错误',
  ),
  severityWarning: m(
    () => 'warning',
    () => '警告',
  ),
  severityInfo: m(
    () => 'info',
    () => '提示',
  ),
  markdownHead: m(
    (p: { errors: number; warnings: number; infos: number; files: number }) =>
      `**wxpress check**: ${p.errors} error(s), ${p.warnings} warning(s), ${p.infos} info(s) in ${p.files} file(s)`,
    (p) => `**wxpress 检查**：${p.files} 个文件，${p.errors} 个错误，${p.warnings} 个警告，${p.infos} 条提示`,
  ),
  markdownColumns: m(
    () => '| Line | Severity | Rule | Message |',
    () => '| 位置 | 级别 | 规则 | 说明 |',
  ),
  nothingToFix: m(
    () => 'Nothing to fix.',
    () => '没有需要修正的地方。',
  ),
  fixesApplied: m(
    (p: { n: number }) => `Applied ${p.n} fix(es).`,
    (p) => `已修正 ${p.n} 处。`,
  ),
  fixesDryRun: m(
    (p: { n: number }) => `${p.n} fix(es) would be applied (dry run, nothing written).`,
    (p) => `将修正 ${p.n} 处（试运行，未写入文件）。`,
  ),
  noArticles: m(
    (p: { dir: string }) => `No articles found in ${p.dir}/ (expected <slug>/index.md folders).`,
    (p) => `${p.dir}/ 中没有文章（应为 <slug>/index.md 形式的文件夹）。`,
  ),
  noChanges: m(
    (p: { ref: string }) => `No articles changed since ${p.ref}.`,
    (p) => `自 ${p.ref} 以来没有文章改动。`,
  ),
  planTitle: m(
    (p: { zone: string; now: string }) => `Push plan (${p.zone}), now ${p.now}`,
    (p) => `推送计划（${p.zone}），当前时间 ${p.now}`,
  ),
  planEmpty: m(
    () => 'No scheduled pushes.',
    () => '没有已排期的推送。',
  ),
  planUnscheduled: m(
    (p: { slugs: string }) => `Unscheduled (no slot): ${p.slugs}`,
    (p) => `未排期（没有 slot）：${zhList(p.slugs)}`,
  ),
  planInvalidSlots: m(
    () => 'Unscheduled, the slot is invalid (fix it to schedule the article):',
    () => '未排期，slot 无效（改正后才会排期）：',
  ),
  planInvalidSlot: m(
    (p: { slug: string; file: string; line: number; value: string; message: string; ruleId: string }) =>
      `${p.slug}  slot: ${p.value}  (${p.file}:${p.line})  ${p.message}  ${p.ruleId}`,
    (p) => `${p.slug}  slot: ${p.value}（${p.file} 第 ${p.line} 行）  ${p.message}  ${p.ruleId}`,
  ),
  planTotals: m(
    (p: { pushes: number; blocked: number; unscheduled: number; unreadable: number }) =>
      `${p.pushes} push(es), ${p.blocked} blocked, ${p.unscheduled} unscheduled${p.unreadable ? `, ${p.unreadable} with unreadable front-matter` : ''}`,
    (p) =>
      `共 ${p.pushes} 次推送，${p.blocked} 次受阻，${p.unscheduled} 篇未排期${p.unreadable ? `，${p.unreadable} 篇 front-matter 有错误` : ''}`,
  ),
})
