/** Strict UTF-8 decoding of an article's bytes (a legacy encoding is reported, never guessed). */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** Decodes bytes as strict UTF-8, strips a BOM and normalises CRLF/CR to LF. */
export function decodeSource(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'the file is UTF-16 encoded' }
  }
  try {
    const text = utf8.decode(bytes) // strips a UTF-8 BOM
    return { ok: true, text: text.replace(/\r\n?/g, '\n') }
  } catch {
    return { ok: false, reason: 'the file is not valid UTF-8 (GBK or another legacy encoding?)' }
  }
}
