import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema } from '../../src/config/schema.js'
import { actionRef, distribution, gitDependency } from '../../src/init/distribution.js'
import { packageRepository, packageVersion } from '../../src/cli/version.js'
import { runCli } from '../helpers/run-cli.js'
import { json, NOW, read, temp } from './init-site.js'

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  )

describe('wxpress init', () => {
  it('writes a site that checks clean: package.json, config, workflows, .gitignore, an example', async () => {
    const root = temp()
    const r = await runCli(['init', NOW], root)
    expect(r.code).toBe(0)
    const pkg = json(root, 'package.json')
    expect(pkg).toMatchObject({
      private: true,
      scripts: { check: 'wxpress check', preview: 'wxpress preview' },
      devDependencies: { wxpress: 'github:wxpress-dev/wxpress#v0' },
      wxpress: { example: 'content/hello-wxpress' },
    })
    // the dependency and the Action come from wxpress's own package.json, on the same tag
    const dist = distribution(packageRepository(), packageVersion())
    expect(pkg.devDependencies.wxpress).toBe(gitDependency(dist))
    expect(read(root, '.github/workflows/wxpress-check.yml')).toContain(`uses: ${actionRef(dist)}`)
    for (const name of ['check', 'report', 'publish', 'stats']) {
      expect(existsSync(path.join(root, `.github/workflows/wxpress-${name}.yml`))).toBe(true)
    }
    expect(read(root, '.gitignore').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', '.wxpress/cache/', 'wxpress-pr/']),
    )
    const config = json(root, 'wxpress.config.json')
    // `locale` is written as soon as this wxpress's config knows it (DESIGN §9)
    expect(config.locale).toBe('locale' in configSchema.shape ? 'zh-CN' : undefined)
    // the example is never sent: no slot, and mode draft even if one is added
    const article = read(root, 'content/hello-wxpress/index.md')
    expect(article).not.toMatch(/^slot:/m)
    expect(article).toMatch(/^mode: draft$/m)
    expect(article).toContain('# slot: 2027-05-08T20:00:00+08:00')
    expect(r.stdout).toContain('下一步')
    expect(r.stdout).toContain('npx --no-install wxpress check')
    // a site that follows only these steps would never send: the draft mode and the tags are named
    expect(r.stdout).toMatch(/"mode": "draft".*只存进草稿箱/s)
    expect(r.stdout).toContain('accounts.main.tags')
    // nothing init writes or prints runs wxpress without the local install
    const files = walk(root).filter((f) => !f.endsWith('.png'))
    const texts = [r.stdout, ...files.map((f) => readFileSync(f, 'utf8'))]
    for (const text of texts) expect(text).not.toMatch(/npx (?!--no-install )(--yes |-y )?wxpress/)
    const plan = await runCli(['plan', NOW, '--format', 'json'], root)
    expect(JSON.parse(plan.stdout)).toMatchObject({ pushes: [], unscheduled: ['hello-wxpress'] })
    // JSON: its field names stay the same in every locale (the config init writes is zh-CN)
    const check = await runCli(['check', NOW, '--format', 'json'], root)
    expect(JSON.parse(check.stdout).summary).toMatchObject({ errors: 0, warnings: 0 })
    expect(check.code).toBe(0)
  })

  it('never overwrites: files are kept, package.json and .gitignore only get what is missing', async () => {
    const root = temp()
    mkdirSync(path.join(root, 'content'))
    writeFileSync(path.join(root, '.gitignore'), 'mine\nnode_modules\n')
    const mine = {
      name: 'team-site',
      version: '1.0.0',
      scripts: { check: 'custom check' },
      dependencies: { wxpress: 'file:../w.tgz' },
    }
    writeFileSync(path.join(root, 'package.json'), JSON.stringify(mine, null, 4))
    mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true })
    writeFileSync(path.join(root, '.github/workflows/wxpress-publish.yml'), 'my own\n')
    const r = await runCli(['init', NOW], root)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('exists, kept   .github/workflows/wxpress-publish.yml')
    expect(read(root, '.github/workflows/wxpress-publish.yml')).toBe('my own\n')
    expect(read(root, '.gitignore')).toBe(
      'mine\nnode_modules\n# wxpress\n.wxpress/cache/\n.wxpress/state/\n.wxpress/stats/\n.wxpress/locks/\nwxpress-pr/\nout/\n',
    )
    const pkg = json(root, 'package.json')
    expect(pkg).toEqual({
      ...mine,
      scripts: { check: 'custom check', preview: 'wxpress preview' },
      wxpress: { example: 'content/hello-wxpress' },
    })
    expect(read(root, 'package.json')).toMatch(/^\{\n {4}"name"/)
    expect(r.stdout).toContain('updated        package.json (+scripts.preview, +wxpress.example)')
    // the next steps name the dependency the site keeps
    expect(r.stdout).toContain('安装 wxpress（file:../w.tgz）')
    // which a teammate's clone cannot install: --from vendors it
    expect(r.stdout).toContain('`npx --no-install wxpress init --from ../w.tgz`')

    const again = await runCli(['init', NOW, '--locale=en'], root)
    expect(again.stdout).toContain('0 file(s) written')
    expect(again.stdout).toContain('no example     (written before: content/hello-wxpress)')
  })

  it('writes the example once: not after it was renamed or deleted, unless --force-example', async () => {
    const root = temp()
    await runCli(['init', NOW, '--locale=en'], root)
    renameSync(path.join(root, 'content/hello-wxpress'), path.join(root, 'content/my-first'))
    expect((await runCli(['init', NOW, '--locale=en'], root)).stdout).toContain('0 file(s) written')
    rmSync(path.join(root, 'content'), { recursive: true })
    expect((await runCli(['init', NOW, '--locale=en'], root)).stdout).toContain('0 file(s) written')
    expect(existsSync(path.join(root, 'content/hello-wxpress'))).toBe(false)
    const forced = await runCli(['init', NOW, '--locale=en', '--force-example'], root)
    expect(forced.stdout).toContain('created        content/hello-wxpress/index.md')
  })

  it('run again in a site whose config says zh-CN, reports in Chinese without --locale (trial P #16)', async () => {
    const root = temp()
    writeFileSync(path.join(root, 'wxpress.config.json'), '{ "locale": "zh-CN" }\n')
    const r = await runCli(['init', NOW], root)
    expect(r.stdout).toContain('已存在，保留 wxpress.config.json')
    expect(r.stdout).not.toMatch(/\b(?:created|updated|kept)\b/)
  })

  it('writes no example into a site that already has articles', async () => {
    const root = temp()
    mkdirSync(path.join(root, 'content', 'news'), { recursive: true })
    writeFileSync(path.join(root, 'content/news/index.md'), '---\ntitle: x\n---\n')
    const r = await runCli(['init', NOW], root)
    expect(r.stdout).toContain('no example     (content/ already has articles)')
    expect(existsSync(path.join(root, 'content/hello-wxpress'))).toBe(false)
    expect(json(root, 'package.json').wxpress).toBeUndefined()
  })
})
