import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  STATE_DIRS,
  isStateFile
} from "./chunk-7JMQT3C6.js";
import {
  execa
} from "./chunk-3FBKPEQI.js";

// src/state/git-runner.ts
function createGit(cwd) {
  return async (args, options = {}) => {
    const result = await execa("git", [...args], {
      cwd,
      reject: false,
      stripFinalNewline: false,
      env: { GIT_TERMINAL_PROMPT: "0", ...options.env },
      encoding: options.binary ? "buffer" : "utf8",
      ...options.input !== void 0 ? { input: options.input } : { stdin: "ignore" }
    });
    const raw = result.stdout;
    const bytes = raw instanceof Uint8Array ? Buffer.from(raw) : void 0;
    const stdout = bytes ? bytes.toString("utf8") : String(raw ?? "");
    const stderr = result.stderr instanceof Uint8Array ? Buffer.from(result.stderr).toString("utf8") : String(result.stderr ?? "");
    return {
      ok: result.exitCode === 0,
      stdout,
      ...bytes ? { bytes } : {},
      stderr: stderr.trim(),
      exitCode: result.exitCode ?? -1
    };
  };
}
function gitError(run) {
  const lines = run.stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(fatal|error|!|remote:)/.test(l)) ?? lines[0] ?? `git exited with ${run.exitCode}`;
}

// src/state/state-branch.ts
var trackingRef = (ref) => `refs/wxpress/${ref.remote.replace(/[^\w.-]+/g, "_")}/${ref.branch}`;
var baseRef = (ref) => `refs/wxpress-base/${ref.remote.replace(/[^\w.-]+/g, "_")}/${ref.branch}`;
async function readBase(git, ref) {
  const base = await git(["rev-parse", "--verify", "--quiet", `${baseRef(ref)}^{commit}`]);
  return base.ok ? readStateTree(git, base.stdout.trim()) : /* @__PURE__ */ new Map();
}
async function setBase(git, ref, commit) {
  const run = await git(["update-ref", baseRef(ref), commit]);
  if (!run.ok) throw new Error(`cannot update ${baseRef(ref)}: ${gitError(run)}`);
}
async function fetchStateBranch(git, ref) {
  const listed = await git(["ls-remote", "--heads", ref.remote, `refs/heads/${ref.branch}`]);
  if (!listed.ok) return { ok: false, error: `cannot read ${ref.remote}: ${gitError(listed)}` };
  if (listed.stdout.trim() === "") return { ok: true, commit: void 0 };
  const local = trackingRef(ref);
  const fetched = await git([
    "fetch",
    "--quiet",
    "--no-tags",
    ref.remote,
    `+refs/heads/${ref.branch}:${local}`
  ]);
  if (!fetched.ok)
    return { ok: false, error: `cannot fetch ${ref.branch} from ${ref.remote}: ${gitError(fetched)}` };
  const commit = await git(["rev-parse", "--verify", `${local}^{commit}`]);
  if (!commit.ok) return { ok: false, error: `fetched ${ref.branch} but cannot read it: ${gitError(commit)}` };
  return { ok: true, commit: commit.stdout.trim() };
}
async function listStateTree(git, commit) {
  const out = await git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...STATE_DIRS]);
  if (!out.ok) throw new Error(`cannot list ${commit}: ${gitError(out)}`);
  const files = /* @__PURE__ */ new Map();
  for (const line of out.stdout.split("\0")) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (match && isStateFile(match[2].split("/").at(-1))) files.set(match[2], match[1]);
  }
  return files;
}
async function readBlobs(git, ids) {
  const blobs = /* @__PURE__ */ new Map();
  if (ids.length === 0) return blobs;
  const out = await git(["cat-file", "--batch"], { input: `${ids.join("\n")}
`, binary: true });
  if (!out.ok || !out.bytes) throw new Error(`cannot read blobs: ${gitError(out)}`);
  const data = out.bytes;
  let at = 0;
  while (at < data.length) {
    const eol = data.indexOf(10, at);
    const header = data.subarray(at, eol).toString("utf8").split(" ");
    const size = Number(header[2]);
    if (header[1] !== "blob" || !Number.isInteger(size))
      throw new Error(`unexpected cat-file output: ${header.join(" ")}`);
    blobs.set(header[0], Buffer.from(data.subarray(eol + 1, eol + 1 + size)));
    at = eol + 1 + size + 1;
  }
  return blobs;
}
async function readStateTree(git, commit) {
  const tree = await listStateTree(git, commit);
  const blobs = await readBlobs(git, [...new Set(tree.values())]);
  return new Map([...tree].map(([file, id]) => [file, blobs.get(id)]));
}

export {
  createGit,
  gitError,
  trackingRef,
  readBase,
  setBase,
  fetchStateBranch,
  readStateTree
};
