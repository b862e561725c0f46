import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/cli/version.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
function packageVersion() {
  const raw = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return JSON.parse(raw).version;
}
function buildVersion() {
  const entry = new URL("./main.js", import.meta.url);
  const build = existsSync(entry) ? createHash("sha256").update(readFileSync(entry)).digest("hex").slice(0, 12) : "src";
  return `${packageVersion()}+${build}`;
}
function packageRepository() {
  const raw = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return JSON.parse(raw).repository;
}

export {
  packageVersion,
  buildVersion,
  packageRepository
};
