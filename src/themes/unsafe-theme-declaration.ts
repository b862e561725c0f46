import { unsafeDeclaration } from './style-declarations.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'
import type { Message } from '../i18n/message.js'

/** Why a declaration must not reach the inline styles: the checks of inline styles, plus layout WeChat drops. */
export function unsafeThemeDeclaration(prop: string, value: string): UnsafeThemeDeclaration | undefined {
  const unsafe = unsafeDeclaration({ text: `${prop}: ${value}` })
  if (unsafe?.kind === 'script') {
    const hint = tm.msg.unsafeValueHint()
    return { ruleId: 'theme/unsafe-value', kind: 'script', reason: unsafe.reason, hint }
  }
  if (unsafe)
    return { ruleId: 'theme/remote-url', kind: unsafe.kind, reason: '', hint: tm.msg.remoteUrlHint() }
  if (/^(position|float|transform|animation)(-|$)/i.test(prop)) {
    const hint = tm.msg.unsupportedPropertyHint()
    return { ruleId: 'theme/unsupported-property', kind: 'unsupported', reason: '', hint }
  }
  return undefined
}

/** `kind` picks the catalogue's wording; `reason` is a script's detail (English, the catalogue's key). */
export interface UnsafeThemeDeclaration {
  ruleId: string
  kind: 'script' | 'remote' | 'data' | 'local' | 'unsupported'
  reason: string
  hint: Message
}
