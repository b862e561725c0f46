import type { VFile } from '../core/vfile.js'
import type { Config } from '../config/schema.js'
import type { YamlField } from '../config/parse-yaml.js'
import { report } from '../diagnostics/diagnostic.js'
import { parseSlot, type Slot } from '../core/date-time.js'
import { contentMessages } from '../i18n/messages/content.js'
const { msg } = contentMessages

/** The `date` of an article as a push slot, reported when it cannot be one. */
export function checkSlot(file: VFile, field: YamlField, text: string, config: Config): Slot | undefined {
  const parsed = parseSlot(text, config.timezone)
  if (!parsed.ok) {
    report(
      file,
      'error',
      'frontmatter/invalid-slot',
      'content',
      msg.invalidSlot({ reason: parsed.reason, text }),
      {
        place: field.valuePosition,
        field: 'slot',
        value: text,
        hint: msg.invalidSlotHint(),
      },
    )
    return undefined
  }
  if (!parsed.slot.hasOffset) {
    report(
      file,
      'warning',
      'frontmatter/naive-slot',
      'content',
      msg.naiveSlot({ text, zone: config.timezone }),
      {
        place: field.valuePosition,
        field: 'slot',
        value: text,
        hint: msg.naiveSlotHint(),
      },
    )
  }
  if (parsed.slot.shifted) {
    report(
      file,
      'warning',
      'frontmatter/nonexistent-time',
      'content',
      msg.nonexistentTime({ text, zone: config.timezone }),
      {
        place: field.valuePosition,
        field: 'slot',
        value: text,
        hint: msg.nonexistentTimeHint(),
      },
    )
  }
  return parsed.slot
}
