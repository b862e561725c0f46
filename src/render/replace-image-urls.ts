/** Swaps the planned `assets/<hash>.<ext>` references for the uploaded URLs (publisher, preview). */
export function replaceImageUrls(html: string, urls: ReadonlyMap<string, string>): string {
  return html.replace(
    /(\ssrc=")assets\/([0-9a-f]{64})\.(?:jpg|png)(")/g,
    (whole, a: string, hash: string, b: string) => {
      const url = urls.get(hash)
      return url ? `${a}${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${b}` : whole
    },
  )
}
