/** `npm run docs`: writes docs/rules.md (run after `npm run build`). */
import { mkdirSync, writeFileSync } from 'node:fs'
import { renderRulesDoc } from './generate-docs.js'

mkdirSync('docs', { recursive: true })
writeFileSync('docs/rules.md', renderRulesDoc())
process.stdout.write('wrote docs/rules.md\n')
