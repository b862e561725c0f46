import type { Element } from 'hast'
import { decodePath } from '../image-ref.js'
import type { VFile } from '../../core/vfile.js'
import { report } from '../../diagnostics/diagnostic.js'
import { normalizedScheme, shortUrl, withCanonicalScheme } from '../url-scheme.js'
import { renderHtmlMessages as hm } from '../../i18n/messages/render-html.js'
import { renderImageMessages as im } from '../../i18n/messages/render-images.js'
import { HREF_SCHEMES, SRC_SCHEMES } from './sanitize-to-wechat-schema.js'

/**
 * An `<img src>` the schema would drop is an error (the reader would see a placeholder); an `<a href>`
 * it would drop is a warning. Kept URLs get their scheme in canonical case.
 */
export function checkElementUrl(node: Element, file: VFile): void {
  if (node.tagName === 'img') checkImageSource(node, file)
  if (node.tagName === 'a') checkHref(node, file)
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
      ? im.msg.windowsPath({ src: decodePath(src) })
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
