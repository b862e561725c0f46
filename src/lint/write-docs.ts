/** `npm run docs`: writes docs/rules.md, docs/rules.zh-CN.md and docs/config.schema.json (run after `npm run build`). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { configJsonSchema } from '../config/schema.js'
import { renderRulesDoc } from './generate-docs.js'

mkdirSync('docs', { recursive: true })
writeFileSync('docs/rules.md', renderRulesDoc('en'))
writeFileSync('docs/rules.zh-CN.md', renderRulesDoc('zh-CN'))
writeFileSync('docs/config.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`)
process.stdout.write('wrote docs/rules.md, docs/rules.zh-CN.md and docs/config.schema.json\n')
