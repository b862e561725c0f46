/**
 * The only postcss import: parses a theme's CSS strictly (syntax errors with line and column),
 * warns about what cannot survive inlining into WeChat, and resolves custom properties and simple
 * `calc()` expressions to literals so juice and WeChat see plain values.
 */
import type { ThemeRule } from './css-for.js'
import postcss, { type Declaration, type Root } from 'postcss'
import type { VFile } from '../core/vfile.js'
import { report } from '../diagnostics/diagnostic.js'
import { unsafeThemeDeclaration } from './unsafe-theme-declaration.js'
import { resolveCalc } from './resolve-calc.js'
import { themeMessages as tm } from '../i18n/messages/theme.js'

const STATE_PSEUDO = /:(hover|focus|active|visited|focus-within|focus-visible|target)\b/

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
