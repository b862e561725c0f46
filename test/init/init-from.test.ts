import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  actionRef,
  distribution,
  gitDependency,
  githubRepository,
  looksLikeFile,
} from '../../src/init/distribution.js'
import { runCli } from '../helpers/run-cli.js'
import { json, NOW, read, temp } from './init-site.js'

describe('wxpress init', () => {
  it('--from: a tarball is vendored, a git URL used as is, a missing file is a usage error', async () => {
    const root = temp()
    const tarball = path.join(temp(), 'wxpress-9.9.9.tgz')
    writeFileSync(tarball, 'not really a tarball')
    const r = await runCli(['init', 'site', NOW, '--from', tarball], root)
    expect(r.code).toBe(0)
    expect(read(root, 'site/vendor/wxpress-9.9.9.tgz')).toBe('not really a tarball')
    expect(json(root, 'site/package.json').devDependencies).toEqual({
      wxpress: 'file:vendor/wxpress-9.9.9.tgz',
    })
    expect(json(root, 'site/package.json').name).toBe('site')
    expect(r.stdout).toContain('cd site')

    const url = 'git+https://git.example.com/team/wxpress.git#main'
    const git = await runCli(['init', 'other', NOW, '--from', url], root)
    expect(git.code).toBe(0)
    expect(json(root, 'other/package.json').devDependencies.wxpress).toBe(url)

    const missing = await runCli(['init', 'third', NOW, '--from', './nowhere/wxpress-1.0.0.tgz'], root)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--from ./nowhere/wxpress-1.0.0.tgz: no such file')
    expect(existsSync(path.join(root, 'third'))).toBe(false)
  })

  it('--from after `npm install ../wxpress.tgz`: the dependency outside the site becomes the vendored one', async () => {
    const root = temp()
    const tarball = path.join(root, 'wxpress-9.9.9.tgz')
    writeFileSync(tarball, 'not really a tarball')
    mkdirSync(path.join(root, 'site'))
    const installed = { name: 'site', dependencies: { wxpress: 'file:../wxpress-9.9.9.tgz' } }
    writeFileSync(path.join(root, 'site/package.json'), JSON.stringify(installed, null, 2))
    const before = await runCli(['init', NOW], path.join(root, 'site'))
    expect(before.stdout).toContain('init --from ../wxpress-9.9.9.tgz')
    const r = await runCli(
      ['init', NOW, '--locale=en', '--from', '../wxpress-9.9.9.tgz'],
      path.join(root, 'site'),
    )
    expect(r.code).toBe(0)
    expect(json(root, 'site/package.json').dependencies).toEqual({ wxpress: 'file:vendor/wxpress-9.9.9.tgz' })
    expect(r.stdout).toContain(
      'dependencies.wxpress: file:../wxpress-9.9.9.tgz → file:vendor/wxpress-9.9.9.tgz',
    )
    expect(r.stdout).toContain('安装 wxpress（file:vendor/wxpress-9.9.9.tgz）')
    expect(r.stdout).not.toContain('仓库之外')
    // a dependency inside the site, or from a registry or git, is never changed
    const again = await runCli(['init', NOW, '--locale=en', '--from', tarball], path.join(root, 'site'))
    expect(again.stdout).toContain('kept   package.json')
  })

  it('leaves an unreadable package.json alone and says what to add', async () => {
    const root = temp()
    writeFileSync(path.join(root, 'package.json'), '{ "name": ')
    const r = await runCli(['init', NOW], root)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('package.json is not valid JSON')
    expect(r.stderr).toContain('"wxpress": "github:wxpress-dev/wxpress#v0"')
    expect(read(root, 'package.json')).toBe('{ "name": ')
  })

  it('takes the Action and the dependency from one place: package.json repository, major version', () => {
    const forms = [
      'github:team/wx',
      'team/wx',
      'https://github.com/team/wx.git',
      'git+https://github.com/team/wx.git',
      'git@github.com:team/wx.git',
      { type: 'git', url: 'https://github.com/team/wx' },
    ]
    for (const form of forms) {
      expect(githubRepository(form), JSON.stringify(form)).toBe('team/wx')
    }
    expect(githubRepository(undefined)).toBeUndefined()
    const dist = distribution('github:team/wx', '2.3.1')
    expect([actionRef(dist), gitDependency(dist)]).toEqual(['team/wx@v2', 'github:team/wx#v2'])
    expect(actionRef(distribution(undefined, '0.1.0'))).toBe('wxpress-dev/wxpress@v0')
    expect(['./w.tgz', '../w.tgz', '/tmp/w.tgz', 'w-1.0.0.tgz', 'w.tar.gz'].every(looksLikeFile)).toBe(true)
    const specs = ['github:team/wx#v1', 'git+https://host/x.git', 'https://host/w.tgz', 'git@host:x.git']
    expect(specs.some(looksLikeFile)).toBe(false)
  })
})
