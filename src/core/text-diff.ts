/**
 * The one import of diff: character diffs for lint, line diffs for PR suggestions (the lines
 * `check --fix` rewrites) and unified diffs for `check --fix-dry-run`.
 */
export { createTwoFilesPatch, diffArrays, diffChars } from 'diff'
