// The theme meta checked without zod is exactly what the schema gives; anything else goes to the schema.
import { describe, expect, it } from 'vitest'
import { themeMetaSchema } from '../../src/themes/theme.js'
import { plainThemeMeta, validateThemeMeta } from '../../src/themes/validate-theme-meta.js'

describe('validateThemeMeta', () => {
  it('builds the data the schema builds (same keys, same order) for a plain theme.json', async () => {
    for (const raw of [
      { id: 'default', name: 'Default' },
      { codeStyle: 'dark', name: 'N', id: 'a-b', extra: 1 },
      { author: 'q', name: 'y', id: '0x', description: 'd', codeStyle: 'light' },
    ]) {
      const plain = plainThemeMeta(raw)
      expect(JSON.stringify(plain)).toBe(JSON.stringify(themeMetaSchema.parse(raw)))
      expect(await validateThemeMeta(raw)).toEqual(themeMetaSchema.safeParse(raw))
    }
  })

  it('leaves every other value to the schema, with its issues', async () => {
    for (const raw of [
      null,
      [],
      'x',
      {},
      { id: 'Bad Id', name: 'x' },
      { id: 'ok', name: '' },
      { id: 'ok', name: 'x', codeStyle: 'dim' },
      { id: 'ok', name: 'x', author: 3 },
      { id: 'ok', name: 'x', description: null },
    ]) {
      expect(plainThemeMeta(raw)).toBeUndefined()
      const result = await validateThemeMeta(raw)
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual(
        themeMetaSchema.safeParse(raw).error?.issues.map((i) => [i.path, i.message]),
      )
    }
  })
})
