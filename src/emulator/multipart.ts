/**
 * multipart/form-data parsing as WeChat does it: the file part named `media` (filename and declared
 * type are kept, but the type is judged by magic bytes elsewhere).
 */
export interface FilePart {
  name: string
  filename: string
  contentType: string
  data: Buffer
}

export function parseMultipart(body: Buffer, contentType: string): FilePart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  const boundary = m?.[1] ?? m?.[2]
  if (!boundary) return []
  const delimiter = Buffer.from(`--${boundary.trim()}`)
  const parts: FilePart[] = []
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next < 0) break
    let chunk = body.subarray(start + delimiter.length, next)
    if (chunk[0] === 13 && chunk[1] === 10) chunk = chunk.subarray(2)
    else if (chunk[0] === 10) chunk = chunk.subarray(1)
    if (chunk.at(-2) === 13 && chunk.at(-1) === 10) chunk = chunk.subarray(0, -2)
    else if (chunk.at(-1) === 10) chunk = chunk.subarray(0, -1)
    let split = chunk.indexOf('\r\n\r\n')
    let sepLen = 4
    if (split < 0) {
      split = chunk.indexOf('\n\n')
      sepLen = 2
    }
    if (split >= 0) {
      const head = chunk.subarray(0, split).toString('utf8')
      const disposition = /content-disposition:[^\n]*/i.exec(head)?.[0] ?? ''
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? ''
      const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? ''
      const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream'
      parts.push({ name, filename, contentType: type, data: Buffer.from(chunk.subarray(split + sepLen)) })
    }
    start = next
  }
  return parts
}

/** File type by magic bytes: jpeg, png, gif, bmp, or undefined. */
export function sniffImage(data: Uint8Array): 'jpeg' | 'png' | 'gif' | 'bmp' | undefined {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png'
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46 && data[3] === 0x38) return 'gif'
  if (data[0] === 0x42 && data[1] === 0x4d) return 'bmp'
  return undefined
}
