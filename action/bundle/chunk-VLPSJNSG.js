import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/render/file-size.ts
function fileSize(bytes) {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(0)} KB`;
}

export {
  fileSize
};
