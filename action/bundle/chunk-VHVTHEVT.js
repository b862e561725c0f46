import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  STATE_DIRS,
  isStateFile,
  writtenAt
} from "./chunk-7JMQT3C6.js";
import {
  execa
} from "./chunk-VH3G5L5R.js";

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

// src/state/merge-ledger.ts
var RANK = { drafting: 0, drafted: 1, failed: 1, sending: 2, sent: 3 };
var SEND_FACTS = [
  "clientmsgid",
  "publishId",
  "msgId",
  "msgDataId",
  "articleId",
  "articleUrl",
  "sentAt",
  "confirmedBy"
];
var SEND_IDS = ["msgId", "msgDataId", "publishId", "articleId"];
var isLedgerPath = (file) => /^\.wxpress\/state\/[^/]+\.json$/.test(file);
function ledgerJson(data) {
  try {
    const json = JSON.parse(data.toString("utf8"));
    if (!json || typeof json !== "object" || Array.isArray(json)) return void 0;
    const state = json.state;
    return typeof state === "string" && state in RANK ? json : void 0;
  } catch {
    return void 0;
  }
}
var has = (v) => v !== void 0 && v !== null && v !== "";
var serialise = (json) => Buffer.from(`${JSON.stringify(json, null, 2)}
`);
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function sendTime(json) {
  const stamps = json.timestamps ?? {};
  const at = Date.parse(String(json.sentAt ?? stamps.sent ?? ""));
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
}
function mergeLedgers(localData, remoteData, local, remote, prefer) {
  const rankL = RANK[String(local.state)];
  const rankR = RANK[String(remote.state)];
  const differentSend = SEND_IDS.some((k) => has(local[k]) && has(remote[k]) && local[k] !== remote[k]);
  let side;
  if (rankL !== rankR) side = rankL > rankR ? "local" : "remote";
  else if (prefer) side = prefer;
  else {
    const a = writtenAt(localData).ms;
    const b = writtenAt(remoteData).ms;
    if (a === void 0 || b === void 0)
      return { result: "conflict", reason: "a copy has no updatedAt/timestamps" };
    if (a === b && !(local.state === "sent" && !differentSend && sameBesideFacts(local, remote))) {
      return {
        result: "conflict",
        reason: `both copies were written at ${new Date(a).toISOString()} but differ`
      };
    }
    side = a >= b ? "local" : "remote";
  }
  let doubleSend;
  if (differentSend) {
    const earlier = sendTime(local) <= sendTime(remote) ? "local" : "remote";
    const [kept, other] = earlier === "local" ? [local, remote] : [remote, local];
    doubleSend = `the two copies record different sends (msg_id ${String(kept.msgId ?? kept.publishId ?? "?")} at ${String(kept.sentAt ?? "?")}, msg_id ${String(other.msgId ?? other.publishId ?? "?")} at ${String(other.sentAt ?? "?")}); kept the earlier one`;
    side = earlier;
  }
  const [winner, loser] = side === "local" ? [local, remote] : [remote, local];
  const merged = { ...winner };
  if (!differentSend) {
    for (const key of SEND_FACTS) if (!has(merged[key]) && has(loser[key])) merged[key] = loser[key];
    if (has(winner.sentAt) && has(loser.sentAt) && sendTime(loser) < sendTime(winner))
      merged.sentAt = loser.sentAt;
    if (has(merged.msgDataId)) delete merged.confirmedBy;
    const ours = winner.timestamps ?? {};
    const theirs = loser.timestamps ?? {};
    if (Date.parse(String(theirs.sent)) < Date.parse(String(ours.sent))) {
      merged.timestamps = { ...ours, sent: theirs.sent };
    }
  }
  const data = serialise(merged);
  const winnerData = side === "local" ? localData : remoteData;
  const same = data.equals(winnerData) || canonical(merged) === canonical(winner);
  return {
    result: same ? side : "merged",
    data: same ? winnerData : data,
    ...doubleSend ? { doubleSend } : {}
  };
}
function sameBesideFacts(a, b) {
  const rest = (json) => canonical(
    Object.fromEntries(
      Object.entries(json).filter(
        ([k]) => k !== "timestamps" && !SEND_FACTS.includes(k)
      )
    )
  );
  return rest(a) === rest(b);
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
  isLedgerPath,
  ledgerJson,
  mergeLedgers,
  trackingRef,
  readBase,
  setBase,
  fetchStateBranch,
  readStateTree
};
