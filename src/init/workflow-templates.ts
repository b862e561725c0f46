/**
 * The GitHub Actions workflows `wxpress init` writes: real YAML files in `templates/workflows/`
 * (shipped in the npm package), written with the Action of this wxpress (`TEMPLATE_ACTION` replaced).
 * This repository's own .github/workflows/wxpress-check.yml is the check template run with `uses: ./`
 * (kept in sync by a test).
 */
import { readFileSync } from 'node:fs'
import { TEMPLATE_ACTION } from './distribution.js'

/** The workflows, in the order a pull request meets them. */
export const WORKFLOW_NAMES = [
  'wxpress-check.yml',
  'wxpress-report.yml',
  'wxpress-publish.yml',
  'wxpress-stats.yml',
] as const
export type WorkflowName = (typeof WORKFLOW_NAMES)[number]

/** Folder of the templates (`<package>/templates/workflows/`; src/init and dist/* are two levels deep). */
export const WORKFLOW_TEMPLATES = new URL('../../templates/workflows/', import.meta.url)

/** A template as shipped (with `TEMPLATE_ACTION`). */
export function workflowTemplate(name: WorkflowName): string {
  return readFileSync(new URL(name, WORKFLOW_TEMPLATES), 'utf8')
}

/** The workflow files for a site, `.github/workflows/<name>` → text, using the Action `action`. */
export function workflowFiles(action: string): { path: string; content: string }[] {
  return WORKFLOW_NAMES.map((name) => ({
    path: `.github/workflows/${name}`,
    content: workflowTemplate(name).replaceAll(TEMPLATE_ACTION, action),
  }))
}
