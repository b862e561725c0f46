/** `wxpress init`: writes the starter files, never overwriting an existing one. */
import { access, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { formatLocalIso, localDate } from '../../content/date-time.js'
import { starterFiles } from '../../init/starter-site.js'
import { EXIT, type CliIO } from '../io.js'
import { resolveNow } from '../options.js'

export async function runInit(io: CliIO, dir: string, now: string | undefined): Promise<number> {
  const root = path.resolve(io.cwd, dir)
  // the example is scheduled a week ahead, at 20:00 China time, so it checks clean
  const week = resolveNow(now) + 7 * 86_400_000
  const slot = formatLocalIso(Date.parse(`${localDate(week, 'Asia/Shanghai')}T12:00:00Z`), 'Asia/Shanghai')
  let written = 0
  for (const file of starterFiles(slot)) {
    const target = path.join(root, file.path)
    if (await access(target).then(() => true, () => false)) {
      io.stdout.write(`  exists, kept   ${file.path}\n`)
      continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.content)
    io.stdout.write(`  created        ${file.path}\n`)
    written++
  }
  io.stdout.write(`\n${written} file(s) written in ${path.relative(io.cwd, root) || '.'}/. Next:\n  npm install --save-dev wxpress\n  npx wxpress check\n  add WECHAT_APP_ID and WECHAT_APP_SECRET as repository secrets for the publish workflow\n`)
  return EXIT.ok
}
