/** The input of `commentBody` for an artifact folder, on a fixed clock (`NOW`) and repository. */
import type { CommentInput } from '../../src/pr/report/comment-body.js'
import { readArtifact } from '../../src/pr/report/read-artifact.js'
import { previewImages } from '../../src/pr/report/previews-plan.js'

export const NOW = Date.parse('2027-04-15T12:00:00+08:00')
const WEB = 'https://github.com/shanhai/site'

export async function commentInput(dir: string, extra: Partial<CommentInput> = {}): Promise<CommentInput> {
  const read = await readArtifact(dir)
  if (!read.ok) throw new Error(read.error)
  const { artifact } = read
  return {
    report: artifact.report,
    nowMs: NOW,
    suggestions: 3,
    notes: artifact.notes,
    links: { web: WEB, headSha: artifact.report.pr.headSha, checkRunUrl: `${WEB}/runs/1000` },
    images: previewImages(artifact, 7, WEB),
    ...extra,
  }
}
