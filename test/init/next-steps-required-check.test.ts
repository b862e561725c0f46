/**
 * `init` tells the lead to require "wxpress check"; the workflow it writes runs on every pull request
 * (no `paths:` filter, which would leave a README-only pull request Pending forever), and step 4 says
 * not to add one.
 */
import { describe, expect, it } from 'vitest'
import { nextSteps } from '../../src/init/next-steps.js'
import { workflowTemplate } from '../../src/init/workflow-templates.js'

describe('the required check of init', () => {
  it('runs on every pull request, and step 4 warns against a paths filter', () => {
    expect(workflowTemplate('wxpress-check.yml')).not.toMatch(/^\s*paths:/m)
    const steps = nextSteps({ folder: '.', action: 'wxpress-dev/wxpress@v0', spec: '^0.1.0' })
    const step4 = steps.slice(steps.indexOf(' 4. '), steps.indexOf(' 5. '))
    expect(step4).toContain('要求 "wxpress check" 通过后才能合并')
    expect(step4).toContain('不要给 wxpress-check.yml 加 paths: 过滤')
    expect(steps).toContain('修改建议')
    expect(steps).not.toContain('一键修复')
  })
})
