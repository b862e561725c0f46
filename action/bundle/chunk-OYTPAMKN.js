import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/core/safe-file.ts
import { lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function fileType(stats) {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
function inspectFile(absolute, within, regular) {
  let link;
  try {
    link = lstatSync(absolute);
  } catch {
    return { kind: "missing" };
  }
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch {
    return { kind: "outside", target: "(a broken symbolic link)" };
  }
  const inside = real === absolute && path.resolve(within) === within && !path.relative(within, absolute).startsWith("..");
  const realWithin = inside ? within : realRoot(within);
  if (realWithin === void 0) return { kind: "missing" };
  const rel = path.relative(realWithin, real);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel) || rel.split(path.sep).includes(".git")) {
    return { kind: "outside", target: real };
  }
  const stats = real === absolute ? link : statSync(real);
  if (!stats.isFile()) return { kind: "not-regular", type: fileType(stats) };
  regular?.(stats);
  return void 0;
}
var realRoots = /* @__PURE__ */ new Map();
function realRoot(within) {
  let real = realRoots.get(within);
  if (real === void 0) {
    try {
      real = realpathSync.native(within);
    } catch {
      return void 0;
    }
    if (realRoots.size > 100) realRoots.clear();
    realRoots.set(within, real);
  }
  return real;
}

export {
  inspectFile
};
