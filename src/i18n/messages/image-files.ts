/** Messages about local image files: `image/large-file`, and a missing image found in other letter case. */
import { defineMessages, m } from '../message.js'

export const imageFileMessages = defineMessages('imageFiles', {
  /** A missing image (body or cover) whose name exists on disk in other letter case. */
  caseTwinHint: m(
    (p: { twin: string }) =>
      `The file on disk is \`${p.twin}\`: the letter case differs. macOS and Windows ignore it, Linux CI does not: write the path with \`${p.twin}\`.`,
    (p) =>
      `磁盘上的文件是 \`${p.twin}\`，字母大小写不同。macOS 和 Windows 不区分大小写，Linux 上的 CI 区分：路径请写成 \`${p.twin}\`。`,
  ),
  largeFile: m(
    (p: { ref: string; mb: string }) =>
      `Image ${p.ref} is ${p.mb} MB: git keeps it for good, and every clone and CI run downloads it`,
    (p) => `图片 ${p.ref} 有 ${p.mb} MB：git 会永久保存它，每次克隆和 CI 运行都要下载`,
  ),
  largeFileHint: m(
    () =>
      'Shrink it before committing: WeChat shows at most 1920 px wide and 1 MB (e.g. a 2560 px JPEG at quality 85).',
    () => '提交前先缩小：微信最多显示 1920 像素宽、1 MB 以内（比如导出为 2560 像素宽、质量 85 的 JPEG）。',
  ),
})
