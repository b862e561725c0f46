/** The one import of diff: character diffs for lint and unified diffs for `check --fix-dry-run`. */
export { createTwoFilesPatch, diffChars } from 'diff'
