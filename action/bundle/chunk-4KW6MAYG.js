import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createGit,
  isLedgerPath,
  readStateTree,
  trackingRef
} from "./chunk-VHVTHEVT.js";
import {
  stateMessages,
  t
} from "./chunk-OWIXN4P4.js";

// src/state/state-snapshot.ts
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
function insideGit(dir) {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return true;
    if (path.dirname(at) === at) return false;
  }
}
async function stateSnapshot(root, git, ref) {
  const local = await readdir(path.join(root, ".wxpress", "state")).catch(() => []);
  if (local.some((name) => name.endsWith(".json")) || !insideGit(root)) return void 0;
  for (const candidate of [`refs/remotes/${ref.remote}/${ref.branch}`, trackingRef(ref)]) {
    const commit = await git(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]);
    if (!commit.ok) continue;
    const files = await readStateTree(git, commit.stdout.trim()).catch(() => void 0);
    if (!files) continue;
    const dir = await mkdtemp(path.join(tmpdir(), "wxpress-ledgers-"));
    let count = 0;
    for (const [file, data] of files) {
      if (!isLedgerPath(file)) continue;
      await writeFile(path.join(dir, path.posix.basename(file)), data);
      count++;
    }
    const shown = candidate.startsWith("refs/remotes/") ? candidate.slice("refs/remotes/".length) : candidate;
    return { dir, ref: shown, count, remove: () => rm(dir, { recursive: true, force: true }) };
  }
  return void 0;
}

// src/cli/commands/ledger-snapshot.ts
var STATE_BRANCH = { remote: "origin", branch: "wxpress-state" };
async function withLedgerSnapshot(io, locale, work) {
  const snapshot = await stateSnapshot(io.cwd, createGit(io.cwd), STATE_BRANCH).catch(() => void 0);
  if (!snapshot) return work(void 0);
  io.stderr.write(
    `${t(locale, stateMessages.msg.ledgersFromBranch({ ref: snapshot.ref, n: snapshot.count }))}
`
  );
  try {
    return await work({ dir: snapshot.dir, shown: `${snapshot.ref}:.wxpress/state` });
  } finally {
    await snapshot.remove();
  }
}

export {
  withLedgerSnapshot
};
