/**
 * The hast-util-sanitize schema of what WeChat keeps (the one import of hast-util-sanitize), and the
 * lists the checks before it share.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize'
import type { Root } from 'hast'
import { SVG_SCHEMA_ATTRIBUTES, SVG_TAGS } from '../svg-allowlist.js'

export const DANGEROUS = new Set([
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
export const STRIP = [
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
  'button',
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
export const HREF_SCHEMES = ['http', 'https', 'mailto', 'ftp', 'ftps', 'tel', 'sms']
export const SRC_SCHEMES = ['http', 'https']
export const DROPPED_STYLE = new Set(['position', 'float', 'transform', 'animation'])

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
    ...SVG_TAGS,
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'style', 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'alt', 'title'],
    code: ['className'],
    // mini-program links are recognised (and reported) by rehype-links, which never writes these out
    a: [...(defaultSchema.attributes?.a ?? []), 'title', 'dataMiniprogramAppid', 'dataMiniprogramPath'],
    ...SVG_SCHEMA_ATTRIBUTES,
  },
  protocols: { ...defaultSchema.protocols, href: HREF_SCHEMES, src: SRC_SCHEMES },
}

/** The tree cut down to the schema (a new root; the input is not changed). */
export function sanitizeToWechatSchema(tree: Root): Root {
  return sanitize(tree, schema) as Root
}
