import { describe, expect, it } from 'vitest'
import { grammarFor } from '../../src/render/plugins/rehype-code-blocks.js'

describe('the grammar of a ```shell block', () => {
  it('is bash for a script, where `#` starts a comment', () => {
    expect(grammarFor('shell', '# 开启 BuildKit\nexport DOCKER_BUILDKIT=1\ndocker build .')).toBe('bash')
    expect(grammarFor('shell', 'echo "$HOME"\nprintf "%s\\n" a\nls $PWD')).toBe('bash')
  })
  it('stays a console session when a line starts with a prompt', () => {
    expect(grammarFor('shell', '$ kubectl get pods\nNAME READY')).toBe('shell')
    expect(grammarFor('shell', 'dev@box:~/app$ make\nok')).toBe('shell')
    expect(grammarFor('shell', '% brew install wxpress')).toBe('shell')
    expect(grammarFor('shell', 'PS C:\\Users\\me> dir')).toBe('shell')
  })
  it('leaves other languages alone', () => {
    expect(grammarFor('bash', '$ ls')).toBe('bash')
    expect(grammarFor('console', '# ls')).toBe('console')
  })
})
