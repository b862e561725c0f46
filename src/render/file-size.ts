/**
 * A file's size as the image stage writes it into its notes and logs: `238 bytes` under 1 KB (not
 * `0 KB`), else whole KB (`5466 KB`). `imageFactsZh` turns both into Chinese (`238 字节`, `5.3 MB`).
 */
export function fileSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(0)} KB`
}
