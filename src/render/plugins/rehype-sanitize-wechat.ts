/**
 * Schema-driven sanitising (hast-util-sanitize) of the whole tree, after raw HTML was parsed. What
 * WeChat would strip anyway is removed here, with a diagnostic on the element that had it: elements
 * (those holding code, CSS or form values go with their content), event handlers, unsafe style
 * declarations, and every URL the schema drops (image sources are errors: the reader would see a
 * placeholder).
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { Element, Root } from 'hast'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { convertFont } from '../font-element.js'
import {
  parseDeclarations,
  serializeDeclarations,
  unsafeDeclaration,
  type UnsafeDeclaration,
} from '../../themes/style-declarations.js'
import { normalizedScheme, shortUrl, withCanonicalScheme } from '../url-scheme.js'
import { cleanSvg, SVG_SCHEMA_ATTRIBUTES, SVG_TAGS } from '../svg-allowlist.js'
import type { HastParent } from '../walk-elements.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'
import { renderImageMessages as im } from '../../i18n/messages/render-images.js'
import type { Message } from '../../i18n/message.js'

const DANGEROUS = new Set([
  'source',
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'style',
  'link',
  'meta',
  'frame',
  'frameset',
  'applet',
  'base',
  'video',
  'audio',
  'button',
  'select',
  'textarea',
  'template',
  'noscript',
  'noframes',
  'noembed',
  'title',
  'head',
  'canvas',
  'datalist',
  'xmp',
])
/** Removed with their content: it is code, CSS, a form value or fallback text, never article text. */
const STRIP = [
  'script',
  'style',
  'textarea',
  'template',
  'noscript',
  'noframes',
  'noembed',
  'title',
  'head',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'video',
  'audio',
  'canvas',
  'math',
  'xmp',
]
const HREF_SCHEMES = ['http', 'https', 'mailto', 'ftp', 'ftps', 'tel', 'sms']
const SRC_SCHEMES = ['http', 'https']
const DROPPED_STYLE = new Set(['position', 'float', 'transform', 'animation'])

const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  strip: STRIP,
  // `<source srcset>` is never URL-checked by the schema (a `javascript:` or remote srcset would
  // survive): it goes, and `<picture>` keeps its `<img>`
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((t) => t !== 'source'),
    'section',
    'span',
    'figure',
    'figcaption',
    'u',
    'mark',
    'small',
    'center',
    ...SVG_TAGS,
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'style', 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'alt', 'title'],
    code: ['className'],
    a: [...(defaultSchema.attributes?.a ?? []), 'title'],
    ...SVG_SCHEMA_ATTRIBUTES,
  },
  protocols: { ...defaultSchema.protocols, href: HREF_SCHEMES, src: SRC_SCHEMES },
}

const classes = (node: HastParent | undefined) =>
  node?.type === 'element' && Array.isArray(node.properties.className)
    ? node.properties.className.map(String)
    : []

/** A GFM task checkbox: first in a `li.task-list-item` (or in its first paragraph, for loose lists). */
function isTaskCheckbox(node: Element, parent: HastParent, grandparent: HastParent | undefined): boolean {
  if (node.properties.type !== 'checkbox') return false
  const item = parent.type === 'element' && parent.tagName === 'p' ? grandparent : parent
  return item?.type === 'element' && item.tagName === 'li' && classes(item).includes('task-list-item')
}

const UNSAFE_STYLE_HINT: Record<UnsafeDeclaration['kind'], () => Message> = {
  script: hm.msg.unsafeStyleScript,
  remote: hm.msg.unsafeStyleRemote,
  data: hm.msg.unsafeStyleData,
  local: hm.msg.unsafeStyleLocal,
}

function checkStyle(node: Element, file: VFile) {
  const style = typeof node.properties.style === 'string' ? node.properties.style : ''
  if (!style) return
  const place = node.position
  const declarations = parseDeclarations(style)
  const kept = declarations.filter((d) => {
    const why = unsafeDeclaration(d)
    if (!why) return true
    report(
      file,
      'warning',
      'render/unsafe-style',
      'render',
      hm.msg.unsafeStyle({ text: d.text, tag: node.tagName, reason: why.reason }),
      {
        place,
        value: d.text,
        hint: UNSAFE_STYLE_HINT[why.kind](),
      },
    )
    return false
  })
  const dropped = kept.filter((d) => DROPPED_STYLE.has(d.property))
  if (dropped.length > 0) {
    report(
      file,
      'warning',
      'render/unsupported-style',
      'render',
      hm.msg.unsupportedStyle({ list: dropped.map((d) => d.property).join('`, `') }),
      {
        place,
        value: style,
        hint: hm.msg.unsupportedStyleHint(),
      },
    )
  }
  if (kept.length === declarations.length && dropped.length === 0) return
  const clean = serializeDeclarations(kept.filter((d) => !DROPPED_STYLE.has(d.property)))
  if (clean) node.properties.style = clean
  else delete node.properties.style
}

function checkImageSource(node: Element, file: VFile) {
  const place = node.position
  const src = typeof node.properties.src === 'string' ? node.properties.src.trim() : ''
  if (!src) {
    report(file, 'error', 'image/missing-src', 'render', im.msg.missingSrc(), {
      place,
      value: typeof node.properties.src === 'string' ? node.properties.src : '',
      hint: im.msg.missingSrcHint(),
    })
    return
  }
  const scheme = normalizedScheme(src)
  if (scheme === undefined || SRC_SCHEMES.includes(scheme)) {
    node.properties.src = withCanonicalScheme(src, SRC_SCHEMES)
    return
  }
  if (scheme === 'data') {
    report(file, 'error', 'image/data-uri', 'render', im.msg.dataUri(), {
      place,
      value: shortUrl(src),
      hint: im.msg.dataUriPathHint(),
    })
    return
  }
  const what =
    scheme.length === 1
      ? im.msg.windowsPath({ src })
      : im.msg.unsupportedScheme({ scheme, src: shortUrl(src) })
  report(file, 'error', 'image/unsupported-source', 'render', what, {
    place,
    value: shortUrl(src),
    hint: im.msg.useLocalOrHttps(),
  })
}

function checkHref(node: Element, file: VFile) {
  const href = node.properties.href
  if (typeof href !== 'string') return
  const scheme = normalizedScheme(href)
  if (scheme === undefined || HREF_SCHEMES.includes(scheme)) {
    node.properties.href = withCanonicalScheme(href, HREF_SCHEMES)
    return
  }
  const place = node.position
  const value = shortUrl(href)
  if (scheme === 'javascript') {
    report(file, 'warning', 'render/javascript-url', 'render', hm.msg.javascriptUrl({ value }), {
      place,
      value,
      hint: hm.msg.removeLink(),
    })
  } else if (scheme === 'vbscript' || scheme === 'data') {
    report(file, 'warning', 'render/unsafe-url', 'render', hm.msg.unsafeUrl({ scheme, value }), {
      place,
      value,
      hint: hm.msg.removeLink(),
    })
  } else {
    report(file, 'warning', 'render/unusable-link', 'render', hm.msg.unusableScheme({ scheme, value }), {
      place,
      value,
      hint: hm.msg.unusableSchemeHint(),
    })
  }
}

/** Reports what the schema will drop; removes stray form inputs (the schema would make them checkboxes). */
function inspect(parent: HastParent, grandparent: HastParent | undefined, file: VFile, inRemoved: boolean) {
  const kids = parent.children
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i]!
    if (node.type !== 'element') continue
    const place = node.position
    if (node.tagName === 'input' && !isTaskCheckbox(node, parent, grandparent)) {
      if (!inRemoved) {
        report(file, 'warning', 'render/removed-element', 'render', hm.msg.input(), {
          place,
          value: '<input>',
          hint: hm.msg.removeFromMarkdown(),
        })
      }
      kids.splice(i--, 1)
      continue
    }
    if (inRemoved && STRIP.includes(node.tagName)) continue
    const dangerous = DANGEROUS.has(node.tagName)
    if (dangerous && !inRemoved) {
      report(file, 'warning', 'render/removed-element', 'render', hm.msg.element({ tag: node.tagName }), {
        place,
        value: `<${node.tagName}>`,
        hint: node.tagName === 'iframe' ? hm.msg.iframeHint() : hm.msg.removeFromMarkdown(),
      })
    }
    for (const key of Object.keys(node.properties)) {
      if (/^on/i.test(key)) {
        report(
          file,
          'warning',
          'render/removed-attribute',
          'render',
          hm.msg.eventHandler({ key: key.toLowerCase(), tag: node.tagName }),
          {
            place,
            value: key,
            hint: hm.msg.eventHandlerHint(),
          },
        )
      }
    }
    if (node.tagName === 'math' && !inRemoved) {
      report(file, 'warning', 'render/removed-element', 'render', hm.msg.math(), {
        place,
        value: '<math>',
        hint: hm.msg.mathHint(),
      })
    }
    if (node.tagName === 'svg' && !inRemoved) cleanSvg(node, file) // kept through the SVG allowlist
    if (STRIP.includes(node.tagName)) continue // gone with its content: nothing inside is reported
    if (node.tagName === 'font') convertFont(node, file)
    checkStyle(node, file)
    if (node.tagName === 'img' && node.properties.srcSet !== undefined && !inRemoved) {
      report(file, 'warning', 'render/removed-attribute', 'render', hm.msg.srcset(), {
        place,
        value: 'srcset',
        hint: hm.msg.srcsetHint(),
      })
    }
    if (node.tagName === 'img') checkImageSource(node, file)
    if (node.tagName === 'a') checkHref(node, file)
    const hadElements = node.children.some((c) => c.type === 'element')
    if (node.children.length > 0) inspect(node, parent, file, inRemoved || dangerous)
    // a paragraph that held only removed elements (`<textarea>…</textarea>` on a line) goes too
    if (
      node.tagName === 'p' &&
      hadElements &&
      node.children.every(
        (c) => (c.type === 'text' && !c.value.trim()) || (c.type === 'element' && STRIP.includes(c.tagName)),
      )
    )
      kids.splice(i--, 1)
  }
}

export function rehypeSanitizeWechat() {
  return (tree: Root, file: VFile) => {
    inspect(tree, undefined, file, false)
    const clean = sanitize(tree, schema) as Root
    tree.children = clean.children
  }
}
