/**
 * The preview's watch on the content folder: every change calls `onChange`. Node's recursive watch
 * emits `error` when a folder is removed while it walks it (a `git checkout` under a running
 * preview); unhandled, that killed the server. The watch is started again after a pause instead.
 */
import { type FSWatcher, watch } from 'node:fs'

export interface ContentWatch {
  /** The watcher in use (undefined while it restarts, or when the folder cannot be watched). */
  readonly current: FSWatcher | undefined
  close(): void
}

export function watchContent(dir: string, onChange: () => void, restartMs = 500): ContentWatch {
  let current: FSWatcher | undefined
  let closed = false
  const start = () => {
    current = undefined
    if (closed) return
    try {
      const watcher = watch(dir, { recursive: true }, onChange)
      watcher.on('error', () => {
        watcher.close()
        if (current === watcher) current = undefined
        if (!closed) setTimeout(start, restartMs).unref()
        onChange()
      })
      current = watcher
    } catch {
      // no watcher (e.g. the folder is missing): the preview still serves
    }
  }
  start()
  return {
    get current() {
      return current
    },
    close() {
      closed = true
      current?.close()
    },
  }
}
