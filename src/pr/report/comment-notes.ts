/**
 * The notes of the sticky comment about articles that leave the site or change their folder name:
 * a deleted article cancels the push it was planned for; a renamed one keeps its push, but the publish
 * ledger is kept per folder name (slug) and does not follow it.
 */
import type { PrReport } from '../report-schema.js'
import { inline } from './escape-markdown.js'
import { slotText } from './slot-time.js'
import { bookTitle } from './comment-parts.js'

const SHOWN = 20

const nameOf = (title: string | null, slug: string) =>
  title ? `${bookTitle(title, 80)}（${inline(slug, 80)}）` : inline(slug, 80)

/** The articles the PR deletes: each cancels the push it was planned for. */
export function deletedLines(report: PrReport, nowMs: number): string[] {
  const deleted = report.deleted ?? []
  if (deleted.length === 0) return []
  const shown = deleted.slice(0, SHOWN).map((d) => {
    const name = nameOf(d.title, d.slug)
    const slot = slotText(d.slot, nowMs)
    return slot ? `${name}，原定 ${slot.local}推送（${slot.relative}），删除后不再推送` : name
  })
  const more = deleted.length > shown.length ? `；另有 ${deleted.length - shown.length} 篇` : ''
  return [`> 🗑️ 本 PR 删除了 ${deleted.length} 篇文章：${shown.join('；')}${more}。`, '']
}

/** The article folders the PR renames, and what the rename means for publishing. */
export function renamedLines(report: PrReport): string[] {
  const renamed = report.renamed ?? []
  if (renamed.length === 0) return []
  const shown = renamed
    .slice(0, SHOWN)
    .map((r) => `${r.title ? bookTitle(r.title, 80) : ''}\`${inline(r.from, 80)}\` → \`${inline(r.to, 80)}\``)
  const more = renamed.length > shown.length ? `；另有 ${renamed.length - shown.length} 篇` : ''
  const one = renamed.length === 1 ? renamed[0]! : undefined
  const [from, to] = one
    ? [`\`${inline(one.from, 80)}\``, `\`${inline(one.to, 80)}\``]
    : ['旧文件夹名', '新文件夹名']
  const move = one
    ? `\`git mv .wxpress/state/${inline(one.from, 80)}.json .wxpress/state/${inline(one.to, 80)}.json\``
    : '`git mv .wxpress/state/<旧名>.json .wxpress/state/<新名>.json`'
  return [
    `> 🔀 本 PR 重命名了 ${renamed.length} 篇文章的文件夹：${shown.join('；')}${more}。文章不会因此取消推送。`,
    '>',
    `> ⚠️ 发布台账按文件夹名（slug）记录，不会随改名转移：如果 ${from} 已经建过草稿，发布时会为 ${to} 另建一份草稿；` +
      `如果已经发出，发布 ${to} 时会被阻止（\`publish/renamed-after-send\`），以免重复发送。` +
      `要保留发送记录，就保留原文件夹名，或者合并后在 wxpress-state 分支上移动台账：${move}，并把其中的 \`"slug"\` 改成新名。`,
    '',
  ]
}
