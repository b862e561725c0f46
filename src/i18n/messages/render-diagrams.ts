/** Messages about how drawn diagrams (`diagram-legibility.ts`) and wide tables read on a phone. */
import { defineMessages, m } from '../message.js'

export const renderDiagramMessages = defineMessages('renderDiagram', {
  relaid: m(
    (p: { before: string; after: string }) =>
      `The left-to-right flowchart is drawn top down: side by side its labels would be ${p.before} on a ` +
      `phone, top down they are ${p.after}`,
    (p) => `这张从左到右的流程图已改为从上到下排版：横排时手机上文字只有 ${p.before}，竖排后是 ${p.after}`,
  ),
  relaidHint: m(
    () => 'Write `flowchart TB` to choose this yourself, or make it small enough to fit side by side.',
    () => '想自己决定，就写 `flowchart TB`；想保持横排，就减少节点或缩短文字。',
  ),
  /** `kind`: the diagram's header word (flowchart, sequenceDiagram, gantt…). */
  tooSmall: m(
    (p: { kind: string; percent: number; px: string }) =>
      `The ${p.kind} diagram is shrunk to ${p.percent}% on a phone; its text is about ${p.px}, too small to read`,
    (p) => `${diagramZh(p.kind)}在手机上缩放到 ${p.percent}%，文字约 ${p.px}，看不清`,
  ),
  tooSmallHint: m(
    () => 'Shorten the labels, or split it into two diagrams.',
    () => '缩短文字，或拆成两张图。',
  ),
  /** A top-down flowchart too wide: many nodes on one level. */
  tooSmallWideHint: m(
    () =>
      'Too many nodes side by side: try `flowchart LR` (the nodes of a level stack up), shorten the labels, or split it into two diagrams.',
    () => '同一层的节点太多：试试 `flowchart LR`（同一层的节点会竖着排）、缩短节点文字，或拆成两张图。',
  ),
  tooSmallFlowchartHint: m(
    () => 'Use `flowchart TB`, shorten the labels, or split it into two diagrams.',
    () => '改用 `flowchart TB`、缩短节点文字，或拆成两张图。',
  ),
  tableTooWide: m(
    (p: { columns: number; px: number }) =>
      `The table has ${p.columns} columns and needs about ${p.px} px even with its columns at their ` +
      'narrowest: on a 375 px phone (343 px of text) readers swipe sideways to see it, and its rows grow tall',
    (p) =>
      `表格有 ${p.columns} 列，每列压到最窄也要约 ${p.px}px：375px 宽的手机上正文只有 343px，` +
      '读者要左右滑动才能看全，每行也会变得很高',
  ),
  tableTooWideHint: m(
    () => 'Split it into two tables, keep fewer columns (put the details in the text), or use an image.',
    () => '拆成两张表、减少列数（把细节写进正文），或者改用图片。',
  ),
})

const DIAGRAMS_ZH: Record<string, string> = {
  flowchart: '流程图',
  sequenceDiagram: '时序图',
  gantt: '甘特图',
  classDiagram: '类图',
  stateDiagram: '状态图',
  'stateDiagram-v2': '状态图',
  erDiagram: 'ER 图',
  journey: '旅程图',
  pie: '饼图',
  mindmap: '思维导图',
  timeline: '时间线',
  gitGraph: 'Git 图',
}
const diagramZh = (kind: string) => DIAGRAMS_ZH[kind] ?? '这张图'
