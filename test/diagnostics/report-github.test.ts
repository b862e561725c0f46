import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, reportGithub } from '../../src/diagnostics/report-github.js'
import { sampleDiagnostics } from './sample-diagnostics.js'

describe('github reporter', () => {
  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('50%\r\nx')).toBe('50%25%0D%0Ax')
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25')
  })

  it('writes errors first, drops col on multi-line ranges, maps info to notice', () => {
    const lines = reportGithub(sampleDiagnostics()).trimEnd().split('\n')
    expect(lines).toEqual([
      '::error file=content/a/index.md,line=2,endLine=2,col=8,endColumn=78,title=frontmatter/max-length (content)::`title` has 70 characters, more than 64: 长…%0Ahint: Shorten it.',
      '::error file=content/b/index.md,line=4,endLine=5,title=schedule/same-slot-audience (schedule)::Same slot, other audience: a, b | c%0Ahint: Line one%0Aline two: 100%25, done',
      '::warning file=content/a/index.md,line=7,endLine=7,col=1,endColumn=7,title=frontmatter/unknown-key (content)::Unknown front-matter key `auther`%0Ahint: Did you mean `author`?',
      '::notice file=content/b/index.md,line=12,col=1,title=length/word-count (lint)::1,200 字, about 3 min to read',
    ])
  })
})
