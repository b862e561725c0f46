import path from 'node:path'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { inspectFile } from '../core/safe-file.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'

/** Reports (on `file`) and refuses a site theme file that links out of the site or is not a regular file. */
export function refuseThemeFile(root: string, absolute: string, file: VFile): boolean {
  const problem = inspectFile(absolute, root)
  if (!problem || problem.kind === 'missing') return false
  const name = path.relative(root, absolute).split(path.sep).join('/')
  const outside = problem.kind === 'outside'
  report(
    file,
    'error',
    outside ? 'theme/outside-root' : 'theme/not-regular-file',
    'theme',
    outside ? tm.msg.fileOutside({ name }) : tm.msg.fileNotRegular({ type: problem.type, name }),
    {
      value: name,
      hint: outside ? tm.msg.fileOutsideHint() : tm.msg.fileNotRegularHint(),
    },
  )
  return true
}
