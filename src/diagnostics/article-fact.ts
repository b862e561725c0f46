/**
 * An article's 字数 and reading time (`length/word-count` without a hint): a fact that `check` prints
 * and the PR comment shows in its table, not a finding. Annotations on the PR leave it out; the
 * rule's other infos (too short, too long) carry a hint and stay.
 */
export function isArticleFact(d: { ruleId: string; severity: string; hint?: string | undefined }): boolean {
  return d.ruleId === 'length/word-count' && d.severity === 'info' && !d.hint
}
