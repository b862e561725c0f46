/**
 * The only postcss import: parses a theme's CSS strictly (syntax errors with line and column),
 * warns about what cannot survive inlining into WeChat, and resolves custom properties and simple
 * `calc()` expressions to literals so juice and WeChat see plain values.
 */
import type { ThemeRule } from './css-for.js'
import postcss, { type Declaration, type Root } from 'postcss'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { unsafeDeclaration } from './style-declarations.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'
import type { Message } from '../i18n/message.js'

const STATE_PSEUDO = /:(hover|focus|active|visited|focus-within|focus-visible|target)\b/

/** Evaluates `calc(a op b …)` when every term has the same unit (or none). */
export function resolveCalc(value: string): string {
  return value.replace(/calc\(([^()]*)\)/g, (whole, expr: string) => {
    const tokens = expr.trim().split(/\s+/)
    let unit: string | undefined
    const nums: number[] = []
    const ops: string[] = []
    for (const [i, token] of tokens.entries()) {
      if (i % 2 === 1) {
        if (!/^[-+*/]$/.test(token)) return whole
        ops.push(token)
        continue
      }
      const m = /^(-?\d*\.?\d+)([a-z%]*)$/i.exec(token)
      if (!m) return whole
      const u = m[2] ?? ''
      if (u && unit && u !== unit) return whole
      if (u) unit = u
      nums.push(Number(m[1]))
    }
    let result = nums[0] ?? 0
    for (const [i, op] of ops.entries()) {
      const n = nums[i + 1] ?? 0
      result = op === '+' ? result + n : op === '-' ? result - n : op === '*' ? result * n : result / n
    }
    return `${Math.round(result * 1000) / 1000}${unit ?? ''}`
  })
}

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

/** Compiles theme CSS, reporting onto `file` (the theme.css VFile). Never throws. */
export function compileThemeCss(css: string, file: VFile): string {
  let root: Root
  try {
    root = postcss.parse(css, { from: file.path })
  } catch (error) {
    const e = error as { reason?: string; line?: number; column?: number; message: string }
    report(file, 'error', 'theme/css-syntax', 'theme', tm.msg.cssSyntax({ error: e.reason ?? e.message }), {
      place: e.line ? { line: e.line, column: e.column ?? 1 } : undefined,
      hint: tm.msg.cssSyntaxHint(),
    })
    return ''
  }
  const vars = new Map<string, string>()
  root.walkDecls(/^--/, (decl) => {
    vars.set(decl.prop, decl.value)
  })
  const undefinedVars: string[] = []
  const resolve = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(
          /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
          (_, name: string, fallback?: string) => {
            const v = vars.get(name) ?? fallback
            if (v === undefined) undefinedVars.push(name)
            return v === undefined ? '' : resolve(v.trim(), depth + 1)
          },
        )
  root.walkAtRules((rule) => {
    const place = rule.source?.start
      ? { line: rule.source.start.line, column: rule.source.start.column }
      : undefined
    report(file, 'warning', 'theme/unsupported-at-rule', 'theme', tm.msg.atRule({ name: rule.name }), {
      place,
      value: `@${rule.name} ${rule.params}`,
      hint: tm.msg.atRuleHint(),
    })
    rule.remove()
  })
  root.walkRules((rule) => {
    const place = rule.source?.start
      ? { line: rule.source.start.line, column: rule.source.start.column }
      : undefined
    if (STATE_PSEUDO.test(rule.selector)) {
      report(
        file,
        'warning',
        'theme/state-selector',
        'theme',
        tm.msg.stateSelector({ selector: rule.selector }),
        {
          place,
          value: rule.selector,
          hint: tm.msg.stateSelectorHint(),
        },
      )
    }
    if (rule.nodes.some((n) => n.type === 'rule')) {
      report(file, 'error', 'theme/nesting', 'theme', tm.msg.nesting({ selector: rule.selector }), {
        place,
        value: rule.selector,
        hint: tm.msg.nestingHint(),
      })
    }
  })
  root.walkDecls((decl: Declaration) => {
    if (decl.prop.startsWith('--')) {
      decl.remove()
      return
    }
    undefinedVars.length = 0
    if (decl.value.includes('var(')) decl.value = resolve(decl.value)
    const place = decl.source?.start
      ? { line: decl.source.start.line, column: decl.source.start.column }
      : undefined
    for (const name of undefinedVars) {
      report(file, 'warning', 'theme/undefined-variable', 'theme', tm.msg.undefinedVariable({ name }), {
        place,
        value: name,
        hint: tm.msg.undefinedVariableHint({ name }),
      })
    }
    if (decl.value.includes('calc(')) decl.value = resolveCalc(decl.value)
    const problem = unsafeThemeDeclaration(decl.prop, decl.value)
    if (problem) {
      report(
        file,
        'warning',
        problem.ruleId,
        'theme',
        tm.msg.unsafeDeclaration({
          decl: `${decl.prop}: ${decl.value}`,
          kind: problem.kind,
          reason: problem.reason,
        }),
        {
          place,
          value: `${decl.prop}: ${decl.value}`,
          hint: problem.hint,
        },
      )
      decl.remove()
      return
    }
    if (decl.value.trim() === '') decl.remove()
  })
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove()
  })
  return root.toString()
}

/**
 * Splits compiled CSS into one rule per selector, each with the names that must occur in a document
 * for it to match (`<table`, `hljs-keyword` …), so an article is inlined with only the rules that can
 * apply to it. Order is kept, so the cascade is unchanged.
 */
export function splitThemeRules(css: string): ThemeRule[] {
  const rules: ThemeRule[] = []
  let root: Root
  try {
    root = postcss.parse(css)
  } catch {
    return [{ css, tokens: [] }]
  }
  root.walkRules((rule) => {
    const body = rule.nodes.map((n) => n.toString()).join('; ')
    for (const selector of rule.selectors) {
      const plain = selector.replace(/::?[a-z-]+(\([^)]*\))?/gi, ' ').replace(/\[[^\]]*\]/g, ' ')
      const tokens = [
        ...[...plain.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!),
        ...[...plain.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*)/gi)].map((m) => `<${m[1]!.toLowerCase()}`),
      ]
      rules.push({ css: `${selector} { ${body} }`, tokens })
    }
  })
  return rules
}
