import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readArtifact } from '../../src/pr/report/read-artifact.js'
import { parseReport, type PrReport } from '../../src/pr/report-schema.js'
import { baseReport, PNG, writeArtifact } from './pr-fixture.js'

describe('reading the artifact as untrusted data', () => {
  it('reads report.json and the images pr-check puts in their places', async () => {
    const r = await readArtifact(writeArtifact(baseReport()))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect([...r.artifact.screenshots.keys()]).toEqual(['spring', 'autumn'])
    expect([...r.artifact.covers.keys()]).toEqual(['spring'])
    expect(r.artifact.notes).toEqual([])
  })

  it('never follows a symlink: not for report.json, not for an image, not through a folder', async () => {
    const outside = writeArtifact(baseReport())
    const linked = writeArtifact(baseReport(), {})
    const { rmSync } = await import('node:fs')
    rmSync(path.join(linked, 'report.json'))
    symlinkSync(path.join(outside, 'report.json'), path.join(linked, 'report.json'))
    const r1 = await readArtifact(linked)
    expect(r1).toEqual({ ok: false, error: `${linked}/report.json is a symbolic link` })

    const dir = writeArtifact(baseReport(), { 'covers/spring.jpg': Buffer.from([0xff, 0xd8, 0xff, 0]) })
    symlinkSync('/etc/passwd', path.join(dir, 'screenshots-link'))
    mkdirSync(path.join(dir, 'screenshots'))
    symlinkSync(path.join(outside, 'screenshots', 'spring.png'), path.join(dir, 'screenshots', 'spring.png'))
    const r2 = await readArtifact(dir)
    expect(r2.ok).toBe(true)
    if (!r2.ok) return
    expect(r2.artifact.screenshots.size).toBe(0)
    expect(r2.artifact.notes).toContain('screenshots/spring.png is a symbolic link; skipped')

    const viaDir = writeArtifact(baseReport(), {})
    symlinkSync(path.join(outside, 'screenshots'), path.join(viaDir, 'screenshots'))
    const r3 = await readArtifact(viaDir)
    expect(r3.ok && r3.artifact.notes).toContain(
      'screenshots/spring.png is behind a symbolic link leaving the artifact; skipped',
    )
  })

  it('refuses images that are not where pr-check puts them or not images at all', async () => {
    const report = baseReport() as { articles: Record<string, unknown>[] }
    report.articles[0]!.screenshot = 'screenshots/autumn.png'
    const dir = writeArtifact(report, {
      'screenshots/autumn.png': Buffer.from('#!/bin/sh\n'),
      'covers/spring.jpg': PNG,
    })
    const r = await readArtifact(dir)
    expect(r.ok && r.artifact.notes).toEqual([
      'screenshots/autumn.png: not where pr-check puts images of spring; skipped',
      'screenshots/autumn.png: not a PNG or JPEG image; skipped',
    ])
  })

  it('rejects a report that does not match the schema, naming the field', async () => {
    for (const [mutate, field] of [
      [
        (r: PrReport) => {
          r.pr.headSha = 'HEAD; rm -rf /'
        },
        'pr.headSha',
      ],
      [
        (r: PrReport) => {
          r.articles[0]!.file = '../../.git/config'
        },
        'articles.0.file',
      ],
      [
        (r: PrReport) => {
          r.articles[0]!.slug = '../x'
        },
        'articles.0.slug',
      ],
      [
        (r: PrReport) => {
          r.check.diagnostics[0]!.file = '/etc/passwd'
        },
        'check.diagnostics.0.file',
      ],
      [
        (r: PrReport) => {
          r.articles[0]!.title = 'x'.repeat(600)
        },
        'articles.0.title',
      ],
    ] as const) {
      const report = baseReport() as PrReport
      mutate(report)
      const parsed = parseReport(report)
      expect(parsed.ok).toBe(false)
      if (!parsed.ok) expect(parsed.problems[0]).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}:`))
    }
    const dir = writeArtifact(baseReport())
    writeFileSync(path.join(dir, 'report.json'), '{ not json')
    const r = await readArtifact(dir)
    expect(!r.ok && r.error).toMatch(/report\.json is not JSON/)
  })
})
