import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  conflictMarkers
} from "./chunk-5VEVMHFP.js";

// src/state/state-files.ts
import { lstat, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
var STATE_DIRS = [".wxpress/state", ".wxpress/stats"];
function isStateFile(name) {
  return name.endsWith(".json") && !name.startsWith(".") && !name.includes(".tmp");
}
async function readLocalStateFiles(root) {
  const files = /* @__PURE__ */ new Map();
  async function walk(rel) {
    const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && isStateFile(entry.name))
        files.set(child, await readFile(path.join(root, child)));
    }
  }
  for (const dir of STATE_DIRS) await walk(dir);
  return files;
}
async function writeStateFile(root, rel, data) {
  const target = path.join(root, ...rel.split("/"));
  await mkdir(path.dirname(target), { recursive: true });
  const info = await lstat(target).catch(() => void 0);
  if (info && !info.isFile()) throw new Error(`${rel} exists and is not a regular file`);
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, data);
  await rename(temp, target);
}
function writtenAt(data) {
  let json;
  try {
    json = JSON.parse(data.toString("utf8"));
  } catch {
    return { readable: false, ms: void 0 };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { readable: false, ms: void 0 };
  const record = json;
  const times = [];
  if (typeof record.updatedAt === "string") times.push(Date.parse(record.updatedAt));
  else if (record.timestamps && typeof record.timestamps === "object") {
    for (const v of Object.values(record.timestamps))
      if (typeof v === "string") times.push(Date.parse(v));
  }
  const valid = times.filter((t) => !Number.isNaN(t));
  return { readable: true, ms: valid.length > 0 ? Math.max(...valid) : void 0 };
}
function compareVersions(local, remote) {
  if (local.equals(remote)) return { result: "same" };
  const a = writtenAt(local);
  const b = writtenAt(remote);
  if (!a.readable) return { result: "conflict", reason: "the local copy is not valid JSON" };
  if (!b.readable) return { result: "conflict", reason: "the state branch copy is not valid JSON" };
  if (a.ms === void 0 || b.ms === void 0)
    return { result: "conflict", reason: "a copy has no updatedAt/timestamps" };
  if (a.ms > b.ms) return { result: "local-newer" };
  if (b.ms > a.ms) return { result: "remote-newer" };
  return {
    result: "conflict",
    reason: `both copies were written at ${new Date(a.ms).toISOString()} but differ`
  };
}
function stateFileProblem(data) {
  const text = data.toString("utf8");
  const markers = conflictMarkers(text);
  if (markers) return markers;
  try {
    const json = JSON.parse(text);
    return json && typeof json === "object" && !Array.isArray(json) ? void 0 : "it is not a JSON object";
  } catch (error) {
    return `it is not valid JSON (${error.message})`;
  }
}

export {
  STATE_DIRS,
  isStateFile,
  readLocalStateFiles,
  writeStateFile,
  writtenAt,
  compareVersions,
  stateFileProblem
};
