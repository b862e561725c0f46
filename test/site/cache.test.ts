import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readImageHeader } from '../../src/render/image-header.js'
import { runCli } from '../helpers/run-cli.js'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('content-hash cache', () => {
  it('replays identical findings from .wxpress/cache on an unchanged site', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wxpress-cache-site-'))
    cpSync(path.join(repo, 'test', 'lint', 'sloppy.md'), path.join(root, 'content', 's', 'index.md'))
    cpSync(path.join(repo, 'test', 'content', 'fixtures', 'valid', 'cover.png'), path.join(root, 'content', 's', 'cover.png'))
    const first = await runCli(['check', '--format', 'json', '--now=2027-01-01T00:00:00Z'], root)
    expect(existsSync(path.join(root, '.wxpress', 'cache', 'lint'))).toBe(true)
    expect(readdirSync(path.join(root, '.wxpress', 'cache', 'render')).length).toBeGreaterThan(0)
    const second = await runCli(['check', '--format', 'json', '--now=2027-01-01T00:00:00Z'], root)
    expect(second.stdout).toBe(first.stdout)
    expect(JSON.parse(second.stdout).summary.warnings).toBeGreaterThan(5)
  })
})

describe('image headers', () => {
  it('reads PNG and JPEG sizes without decoding', () => {
    expect(readImageHeader(readFileSync(path.join(repo, 'content', 'spring-meetup', 'cover.png')))).toEqual({ format: 'png', width: 900, height: 383 })
    expect(readImageHeader(readFileSync(path.join(repo, 'content', 'spring-meetup', 'images', 'venue.jpg')))).toEqual({ format: 'jpeg', width: 800, height: 450 })
    expect(readImageHeader(Buffer.from('GIF89a'))).toBeUndefined()
  })
})
