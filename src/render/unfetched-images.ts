/**
 * A remote image that could not be fetched leaves a placeholder (`[图片：…]`) in the HTML. In a check
 * that is a warning (the network may be down for a moment); in the run that publishes it would go to
 * every reader, so there it is an error that blocks the push until the image can be fetched.
 */
import type { VFile } from '../core/vfile.js'
import type { Severity } from '../diagnostics/diagnostic.js'

export const UNFETCHED = 'image/remote-unavailable'

/** Whether the messages of `file` from index `from` on hold an unfetched remote image. */
export function hasUnfetched(file: VFile, from: number): boolean {
  return file.messages.slice(from).some((m) => m.ruleId === UNFETCHED)
}

/** Makes the unfetched-image findings of `file` errors (publishing). */
export function blockUnfetched(file: VFile): void {
  for (const message of file.messages) {
    if (message.ruleId !== UNFETCHED) continue
    message.fatal = true
    ;(message as { severity?: Severity }).severity = 'error'
  }
}
