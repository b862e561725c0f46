/**
 * The pixel size of an image file without decoding it when it is JPEG or PNG (header only), else
 * through sharp. Only regular files are opened.
 */
import { open, stat } from 'node:fs/promises'
import { readImageHeader } from './image-header.js'

/** Pixel size of an image file: from its header when it is JPEG/PNG, else through sharp. */
export async function readImageSize(file: string): Promise<{ width: number; height: number } | undefined> {
  try {
    // only regular files are opened: a named pipe would block forever
    if (!(await stat(file)).isFile()) return undefined
    const handle = await open(file, 'r')
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(65536), 0, 65536, 0)
      const header = readImageHeader(buffer.subarray(0, bytesRead))
      if (header) return { width: header.width, height: header.height }
    } finally {
      await handle.close()
    }
    const { imageSizeWithSharp } = await import('./prepare-image.js')
    return await imageSizeWithSharp(file)
  } catch {
    return undefined
  }
}
