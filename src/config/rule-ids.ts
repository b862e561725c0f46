/**
 * The ids of the built-in lint rules, without loading the rules (autocorrect is a native module):
 * the config loader checks `rules` against them. A test keeps the list equal to `RULES`.
 */
export const RULE_IDS: readonly string[] = [
  'title/max-length',
  'title/punctuation',
  'title/clickbait',
  'title/absolute-terms',
  'body/absolute-terms',
  'body/clickbait',
  'body/wrong-date',
  'length/word-count',
  'length/character-limit',
  'length/image-count',
  'length/digest-missing',
  'length/digest-length',
  'typography/cjk-spacing',
  'typography/punctuation-width',
  'typography/ellipsis',
  'typography/repeated-punctuation',
  'typography/quotes',
  'typography/brackets',
  'typography/space-around-fullwidth',
  'typography/product-name',
  'typography/typo',
  'typography/invisible-characters',
  'markdown/unparsed-emphasis',
  'markdown/accidental-emphasis',
  'markdown/soft-break',
  'markdown/highlight',
  'markdown/indented-prose',
  'markdown/heading-skip',
  'markdown/heading-colon',
]

/** Ids of other stages' diagnostics that `rules` may name too. */
export const isOtherStageId = (id: string): boolean =>
  id.startsWith('render/') || id.startsWith('schedule/') || id.startsWith('frontmatter/')

/** Whether `id` may appear in config `rules` or front-matter `lint:`. */
export const isKnownRuleId = (id: string): boolean => RULE_IDS.includes(id) || isOtherStageId(id)
