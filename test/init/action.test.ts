/**
 * The GitHub Action: action.yml is valid and safe (inputs never spliced into a script, install of the
 * Action's own production dependencies only), the committed bundle is fresh and starts without native
 * modules, the command plans, and the run step end to end on a real site.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  actionPlan,
  readActionInputs,
  runActionSteps,
  type ActionInputs,
  type StepResult,
} from '../../src/cli/action-plan.js'
import { actionProblems } from '../helpers/validate-workflow.js'
import { runCli } from '../helpers/run-cli.js'
import { repoRoot } from './repo-root.js'

const run = promisify(execFile)
const actionText = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')
interface ActionStep {
  uses?: string
  run?: string
  id?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, string>
}
const action = parse(actionText) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: ActionStep[] }
}
const inputs = (over: Partial<ActionInputs>): ActionInputs => ({
  command: 'check',
  artifact: 'wxpress-pr',
  dryRun: false,
  only: '',
  now: '',
  state: true,
  ...over,
})
const argvs = (over: Partial<ActionInputs>): string[] => {
  const plan = actionPlan(inputs(over))
  return plan.ok ? plan.steps.map((s) => s.argv.join(' ')) : [plan.message]
}

describe('action.yml', () => {
  it('validates against the action schema (and the validator fails on a broken one)', () => {
    expect(actionProblems(actionText)).toEqual([])
    expect(actionProblems(actionText.replace('using: composite', 'using: compost')).length).toBeGreaterThan(0)
  })

  it('is a composite action whose inputs reach the CLI only as variables', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining([
        'command',
        'artifact',
        'dry-run',
        'only',
        'now',
        'state',
        'working-directory',
        'github-token',
      ]),
    )
    expect(action.inputs.command!.required).toBe(true)
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/)
    const main = action.runs.steps.find((s) => s.id === 'run')!
    expect(main.run).toBe('node "$GITHUB_ACTION_PATH/action/bundle/main.js"')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
    expect(main.env!.WXPRESS_ACTION_COMMAND).toBe('${{ inputs.command }}')
    // the token only for the commands that talk to GitHub, never for pr-check (it runs PR code)
    const commands = `fromJSON('["pr-report","publish","stats"]')`
    const token = `contains(${commands}, inputs.command) && inputs.github-token || ''`
    expect(main.env!.GITHUB_TOKEN).toBe(`\${{ ${token} }}`)
    expect(actionText).not.toContain('secrets.')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
    expect(action.outputs.due!.value).toBe('${{ steps.run.outputs.due }}')
  })

  it("installs only the Action's production dependencies, cached by its lockfile, not for due", () => {
    const [node, key, cache, install] = action.runs.steps
    expect(node!.uses).toBe('actions/setup-node@v4')
    expect(key!.run).toContain('sha256sum "$GITHUB_ACTION_PATH/package-lock.json"')
    expect(cache).toMatchObject({ uses: 'actions/cache@v4' })
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, quoted as written in the YAML
    expect(cache!.with!.path).toBe('${{ github.action_path }}/node_modules')
    expect(install!.run).toBe(
      'cd "$GITHUB_ACTION_PATH" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund',
    )
    expect(install!.if).toBe("inputs.command != 'due' && steps.cache.outputs.cache-hit != 'true'")
    for (const step of [key, cache]) expect(step!.if).toBe("inputs.command != 'due'")
  })
})

describe('the committed bundle (action/bundle/)', () => {
  it('is what `npm run build:action` makes from src/ now', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'wxpress-action-bundle-'))
    await run(process.execPath, [path.join(repoRoot, 'scripts', 'build-action.mjs'), '--outdir', out])
    const committed = path.join(repoRoot, 'action', 'bundle')
    const names = readdirSync(out).sort()
    const hint = 'run `npm run build:action` and commit action/bundle/'
    expect(readdirSync(committed).sort(), hint).toEqual(names)
    for (const name of names) {
      const same = readFileSync(path.join(out, name)).equals(readFileSync(path.join(committed, name)))
      expect(same, `action/bundle/${name} is stale: run \`npm run build:action\``).toBe(true)
    }
  }, 60_000)

  it('starts without native modules (`due` needs no install): none in the static imports of main.js', () => {
    const dir = path.join(repoRoot, 'action', 'bundle')
    const seen = new Set<string>()
    const externals = new Set<string>()
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(path.join(dir, file), 'utf8')
      for (const m of text.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)) {
        if (m[1]!.startsWith('./')) visit(m[1]!.slice(2))
        else if (!m[1]!.startsWith('node:')) externals.add(m[1]!)
      }
    }
    visit('main.js')
    expect(seen.size).toBeGreaterThan(1)
    expect([...externals]).toEqual([])
  })
})

describe('actionPlan', () => {
  it('maps each command to CLI runs, values as --name=value', () => {
    expect(argvs({ command: 'pr-check' })).toEqual(['pr-check --artifact=wxpress-pr'])
    expect(argvs({ command: 'pr-report', artifact: 'a b' })).toEqual(['pr-report --artifact=a b'])
    expect(argvs({ command: 'check', now: '2027-01-01T08:00:00+08:00' })).toEqual([
      'check --format=github --now=2027-01-01T08:00:00+08:00',
    ])
    expect(argvs({ command: 'due' })).toEqual(['state pull', 'due'])
    expect(argvs({ command: 'publish', only: '--dry-run' })).toEqual([
      'state pull',
      'publish --only=--dry-run --alert',
      'state push',
    ])
    expect(argvs({ command: 'publish', dryRun: true })).toEqual(['state pull', 'publish --dry-run'])
    expect(argvs({ command: 'stats' })).toEqual(['state pull', 'stats --post', 'state push'])
    expect(argvs({ command: 'stats', state: false })).toEqual(['stats --post'])
    expect(argvs({ command: 'deploy' })[0]).toContain(
      'unknown command "deploy"; set the input `command` to one of pr-check',
    )
    expect(argvs({ command: '' })[0]).toContain('no command')
  })

  it('reads the inputs from WXPRESS_ACTION_* variables with the defaults of action.yml', () => {
    const env = {
      WXPRESS_ACTION_COMMAND: ' publish ',
      WXPRESS_ACTION_DRY_RUN: 'TRUE',
      WXPRESS_ACTION_STATE: 'false',
    }
    expect(readActionInputs(env)).toEqual({
      command: 'publish',
      artifact: 'wxpress-pr',
      dryRun: true,
      only: '',
      now: '',
      state: false,
    })
    expect(action.inputs.artifact!.default).toBe('wxpress-pr')
    expect(action.inputs.state!.default).toBe('true')
  })

  const fake = (codes: Record<string, StepResult>) => {
    const calls: string[] = []
    return {
      calls,
      runner: async (argv: string[]): Promise<StepResult> => {
        calls.push(argv.join(' '))
        return codes[argv[0] === 'state' ? argv.join(' ') : argv[0]!] ?? { code: 0, stdout: '' }
      },
    }
  }
  const plan = (over: Partial<ActionInputs>) => {
    const p = actionPlan(inputs(over))
    if (!p.ok) throw new Error(p.message)
    return p
  }

  it('publish: the ledger is pushed even when publish found errors, never after a failed pull', async () => {
    const failed = fake({ publish: { code: 1, stdout: '' } })
    expect(await runActionSteps(plan({ command: 'publish' }), failed.runner)).toMatchObject({ code: 1 })
    expect(failed.calls).toEqual(['state pull', 'publish --alert', 'state push'])
    const noPull = fake({ 'state pull': { code: 2, stdout: '' } })
    expect(await runActionSteps(plan({ command: 'publish' }), noPull.runner)).toMatchObject({ code: 2 })
    expect(noPull.calls).toEqual(['state pull'])
    const pushFails = fake({ 'state push': { code: 1, stdout: '' } })
    expect((await runActionSteps(plan({ command: 'stats' }), pushFails.runner)).code).toBe(1)
  })

  it('due: true or false as printed; true (and no failure) when it cannot tell', async () => {
    const answer = async (codes: Record<string, StepResult>) =>
      runActionSteps(plan({ command: 'due' }), fake(codes).runner)
    expect(await answer({ due: { code: 0, stdout: 'false\n' } })).toMatchObject({ code: 0, due: 'false' })
    expect(await answer({ due: { code: 0, stdout: 'true\n' } })).toMatchObject({ code: 0, due: 'true' })
    expect(await answer({ due: { code: 2, stdout: 'false\n' } })).toMatchObject({ code: 0, due: 'true' })
    expect(await answer({ 'state pull': { code: 1, stdout: '' } })).toMatchObject({ code: 0, due: 'true' })
  })
})

describe('the run step, end to end', () => {
  it('runs check on a site from the bundle and writes the due output to GITHUB_OUTPUT', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'wxpress-action-site-'))
    expect((await runCli(['init', '--now=2027-05-01T10:00:00+08:00'], site)).code).toBe(0)
    const output = path.join(site, 'github-output')
    writeFileSync(output, '')
    const bundle = path.join(repoRoot, 'action', 'bundle', 'main.js')
    const env = { ...process.env, NO_COLOR: '1', GITHUB_OUTPUT: output }
    const action = (command: string) =>
      run(process.execPath, [bundle], { cwd: site, env: { ...env, WXPRESS_ACTION_COMMAND: command } })
    const check = await action('check')
    expect(check.stdout).toContain('$ wxpress check --format=github')
    expect(check.stdout).toContain('::notice file=content/hello-wxpress/index.md')
    await action('due')
    expect(readFileSync(output, 'utf8')).toMatch(/^due=(true|false)\n$/)
    const bad = await action('nope').then(
      () => 0,
      (error: { code: number; stderr: string }) => {
        expect(error.stderr).toContain('nope')
        return error.code
      },
    )
    expect(bad).toBe(2)
  }, 60_000)
})
