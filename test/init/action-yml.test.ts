/**
 * The GitHub Action's action.yml is valid and safe: inputs never spliced into a script, install of the
 * Action's own production dependencies only.
 */
import { describe, expect, it } from 'vitest'
import { actionProblems } from '../helpers/validate-workflow.js'
import { action, actionText } from './action-manifest.js'

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
