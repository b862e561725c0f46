import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/content/resolve-asset.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function isRemote(ref) {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(ref) || ref.startsWith("//");
}
function resolveAsset(dir, ref) {
  const raw = ref.trim();
  if (raw === "") return { ok: false, reason: "empty", relative: raw };
  if (/^data:/i.test(raw)) return { ok: false, reason: "data", relative: raw };
  if (isRemote(raw)) return { ok: false, reason: "remote", relative: raw };
  let decoded = raw.replace(/[?#].*$/, "");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
  }
  const slashed = decoded.replace(/\\/g, "/");
  if (slashed.startsWith("/") || /^[a-z]:\//i.test(slashed) || /^file:/i.test(slashed)) {
    return { ok: false, reason: "absolute", relative: slashed };
  }
  const relative = path.posix.normalize(slashed);
  if (relative === ".." || relative.startsWith("../") || relative === "." || relative === "") {
    return { ok: false, reason: "outside", relative };
  }
  return { ok: true, absolute: path.join(dir, ...relative.split("/")), relative };
}
function staysInside(dir, absolute) {
  try {
    const realDir = realpathSync.native(dir);
    const realFile = realpathSync.native(absolute);
    const rel = path.relative(realDir, realFile);
    return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
  } catch {
    return true;
  }
}

export {
  isRemote,
  resolveAsset,
  staysInside
};
