import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  changedFiles,
  isGitRepo
} from "./chunk-RGUXJ74E.js";
import "./chunk-VH3G5L5R.js";
import "./chunk-NLG6EU7L.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  NOT_REPO,
  cliMiscMessages
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/changed-slugs.ts
import path from "node:path";
var { msg } = cliMiscMessages;
async function changedSlugs(io, ref, content = "content", usage) {
  const result = await changedFiles(io.cwd, ref);
  if (!result.ok) {
    const repo = await isGitRepo(io.cwd);
    const why = repo ? result.error : NOT_REPO;
    report(usage, "error", "cli/changed-failed", "github", msg.changedFailed({ ref, why }), {
      value: ref,
      hint: repo ? msg.changedRefHint({ ref }) : msg.changedRepoHint()
    });
    return void 0;
  }
  const prefix = `${path.posix.normalize(content.split(path.sep).join("/")).replace(/\/$/, "")}/`;
  const slugs = /* @__PURE__ */ new Set();
  for (const file of result.files) {
    if (!file.startsWith(prefix)) continue;
    const slug = file.slice(prefix.length).split("/")[0];
    if (slug && file.slice(prefix.length).includes("/")) slugs.add(slug);
  }
  return [...slugs].sort();
}
export {
  changedSlugs
};
