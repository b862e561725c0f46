import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  createGit,
  fetchStateBranch,
  gitError,
  isLedgerPath,
  ledgerJson,
  mergeLedgers,
  readBase,
  readStateTree,
  setBase
} from "./chunk-VHVTHEVT.js";
import {
  compareVersions,
  readLocalStateFiles,
  stateFileProblem,
  writeStateFile
} from "./chunk-7JMQT3C6.js";
import "./chunk-VH3G5L5R.js";
import "./chunk-5VEVMHFP.js";
import "./chunk-NLG6EU7L.js";
import {
  configLocale
} from "./chunk-H5PLKBEY.js";
import {
  EXIT
} from "./chunk-5BTLSYB3.js";
import {
  publishMessages,
  renderText,
  stateMessages,
  stateReasonZh,
  stateTransportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-EP4KRDZC.js";

// src/state/merge-state.ts
var UNREADABLE_LOCAL = "the local copy is not a readable ledger";
function decide(file, local, remote, base) {
  if (!remote) return local ? "local" : "same";
  if (!local) return "remote";
  if (local.equals(remote)) return "same";
  const mine = isLedgerPath(file) ? ledgerJson(local) : void 0;
  if (isLedgerPath(file) && !mine && ledgerJson(remote)) return { conflict: UNREADABLE_LOCAL };
  const theirs = mine ? ledgerJson(remote) : void 0;
  if (mine && theirs) {
    const prefer = base?.equals(remote) ? "local" : base?.equals(local) ? "remote" : void 0;
    const merged = mergeLedgers(local, remote, mine, theirs, prefer);
    if (merged.result === "conflict") return { conflict: merged.reason };
    if (merged.doubleSend) return { merged: merged.data, doubleSend: merged.doubleSend };
    return merged.result === "merged" ? { merged: merged.data } : merged.result;
  }
  if (base?.equals(remote)) return "local";
  if (base?.equals(local)) return "remote";
  const { result, reason: reason2 } = compareVersions(local, remote);
  if (result === "local-newer") return "local";
  if (result === "remote-newer") return "remote";
  return { conflict: reason2 ?? "the copies differ" };
}
function mergeStateFiles(local, remote, base = /* @__PURE__ */ new Map()) {
  const result = {
    changed: [],
    keptRemote: [],
    merged: /* @__PURE__ */ new Map(),
    doubleSends: [],
    conflicts: []
  };
  for (const [file, data] of local) {
    const theirs = remote.get(file);
    const decision = decide(file, data, theirs, base.get(file));
    if (decision === "local") result.changed.push(file);
    else if (decision === "remote") result.keptRemote.push(file);
    else if (typeof decision === "object" && "conflict" in decision) {
      result.conflicts.push({ file, reason: decision.conflict });
    } else if (typeof decision === "object") {
      if (decision.doubleSend) result.doubleSends.push({ file, reason: decision.doubleSend });
      if (theirs?.equals(decision.merged)) result.keptRemote.push(file);
      else if (data.equals(decision.merged)) result.changed.push(file);
      else result.merged.set(file, decision.merged);
    }
  }
  return result;
}

// src/state/pull-state.ts
async function pullState(input) {
  const text = (message) => renderText(message, input.locale);
  const fetched = await fetchStateBranch(input.git, input);
  if (!fetched.ok) return { ok: false, error: fetched.error, refused: [] };
  if (fetched.commit === void 0) {
    input.log(text(stateTransportMessages.msg.noBranch({ branch: input.branch, remote: input.remote })));
    return { ok: true, written: [], branchMissing: true };
  }
  const remote = await readStateTree(input.git, fetched.commit);
  const local = await readLocalStateFiles(input.root);
  const base = await readBase(input.git, input);
  const toWrite = [];
  const refused = [];
  const doubleSends = [];
  const newer = (file) => refused.push({ file, reason: "the local copy is newer than the state branch (not pushed yet)" });
  for (const [file, data] of remote) {
    const mine = local.get(file);
    if (!mine) {
      toWrite.push([file, data, "new"]);
      continue;
    }
    const decision = decide(file, mine, data, base.get(file));
    if (decision === "remote") {
      toWrite.push([file, data, base.get(file)?.equals(mine) ? "updated" : "older"]);
    } else if (decision === "local") newer(file);
    else if (typeof decision === "object" && "conflict" in decision) {
      refused.push({ file, reason: decision.conflict });
    } else if (typeof decision === "object") {
      if (decision.doubleSend) doubleSends.push({ file, reason: decision.doubleSend });
      if (mine.equals(decision.merged)) newer(file);
      else toWrite.push([file, decision.merged, "merged"]);
    }
  }
  const reported = doubleSends.length > 0 ? { doubleSends } : {};
  if (refused.length > 0) {
    return {
      ok: false,
      error: text(stateTransportMessages.msg.pullRefused({ n: refused.length, branch: input.branch })),
      refused,
      ...reported
    };
  }
  for (const [file, data, why] of toWrite) {
    await writeStateFile(input.root, file, data);
    input.log(text(stateTransportMessages.msg.written({ file, why })));
  }
  await setBase(input.git, input, fetched.commit);
  input.log(
    text(
      stateTransportMessages.msg.pulled({
        n: toWrite.length,
        remote: input.remote,
        branch: input.branch,
        commit: fetched.commit.slice(0, 7)
      })
    )
  );
  return { ok: true, written: toWrite.map(([f]) => f), branchMissing: false, ...reported };
}

// src/state/push-state.ts
import { setTimeout as wait } from "node:timers/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var IDENTITY = { GIT_AUTHOR_NAME: "wxpress", GIT_AUTHOR_EMAIL: "wxpress@users.noreply.github.com" };
async function pushState(input) {
  const text = (message) => renderText(message, input.locale);
  const local = await readLocalStateFiles(input.root);
  const unreadable = [];
  for (const [file, data] of local) {
    const problem = stateFileProblem(data);
    if (!problem) continue;
    local.delete(file);
    const { msg } = publishMessages;
    const reason2 = text(msg.ledgerUnreadableReason({ file, problem }));
    unreadable.push({ file, reason: reason2, hint: text(msg.ledgerUnreadableHint({ file })) });
  }
  const pushed = local.size === 0 && unreadable.length > 0 ? void 0 : await pushFiles(input, local);
  if (unreadable.length === 0 && pushed) return pushed;
  const error = text(stateTransportMessages.msg.pushUnreadable({ n: unreadable.length, branch: input.branch }));
  if (pushed && !pushed.ok) return { ...pushed, unreadable };
  return { ok: false, error, conflicts: [], unreadable, restPushed: true };
}
async function pushFiles(input, local) {
  const text = (message) => renderText(message, input.locale);
  const attempts = input.attempts ?? 5;
  const sleep = input.sleep ?? ((ms) => wait(ms));
  if (local.size === 0) {
    input.log(text(stateTransportMessages.msg.nothingToPush()));
    return { ok: true, commit: void 0, files: 0 };
  }
  let lastError = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const fetched = await fetchStateBranch(input.git, input);
    if (!fetched.ok) return { ok: false, error: fetched.error, conflicts: [] };
    const base = fetched.commit;
    const remote = base ? await readStateTree(input.git, base) : /* @__PURE__ */ new Map();
    const merged = mergeStateFiles(local, remote, await readBase(input.git, input));
    if (merged.conflicts.length > 0) {
      return {
        ok: false,
        error: text(stateTransportMessages.msg.pushConflicts({ n: merged.conflicts.length, branch: input.branch })),
        conflicts: merged.conflicts
      };
    }
    for (const file of merged.keptRemote) input.log(text(stateTransportMessages.msg.keptRemote({ file })));
    for (const [file, data] of merged.merged) {
      await writeStateFile(input.root, file, data);
      local.set(file, data);
      merged.changed.push(file);
      input.log(text(stateTransportMessages.msg.mergedLedger({ file })));
    }
    const doubleSends = merged.doubleSends.length > 0 ? { doubleSends: merged.doubleSends } : {};
    if (merged.changed.length === 0) {
      const held = { remote: input.remote, branch: input.branch, commit: String(base?.slice(0, 7)) };
      input.log(text(stateTransportMessages.msg.alreadyHeld(held)));
      if (base && merged.keptRemote.length === 0) await setBase(input.git, input, base);
      return { ok: true, commit: base, files: 0, ...doubleSends };
    }
    const commit = await commitState(input, base, merged.changed);
    const pushed = await input.git(["push", "--quiet", input.remote, `${commit}:refs/heads/${input.branch}`]);
    if (pushed.ok) {
      if (merged.keptRemote.length === 0) await setBase(input.git, input, commit);
      input.log(
        text(
          stateTransportMessages.msg.pushed({
            n: merged.changed.length,
            remote: input.remote,
            branch: input.branch,
            commit: commit.slice(0, 7)
          })
        )
      );
      return { ok: true, commit, files: merged.changed.length, ...doubleSends };
    }
    lastError = gitError(pushed);
    if (attempt < attempts) {
      const wait2 = Math.min(16e3, 1e3 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      input.log(
        text(
          stateTransportMessages.msg.rejected({
            attempt,
            attempts,
            error: lastError,
            branch: input.branch,
            wait: Math.round(wait2 / 100) / 10
          })
        )
      );
      await sleep(wait2);
    }
  }
  return {
    ok: false,
    error: text(
      stateTransportMessages.msg.didNotLand({
        remote: input.remote,
        branch: input.branch,
        attempts,
        error: lastError
      })
    ),
    conflicts: []
  };
}
async function commitState(input, base, changed) {
  const dir = await mkdtemp(path.join(tmpdir(), "wxpress-state-"));
  const env = { GIT_INDEX_FILE: path.join(dir, "index") };
  try {
    const step = async (args, options = {}) => {
      const run = await input.git(args, { ...options, env: { ...env, ...options.env } });
      if (!run.ok) throw new Error(`git ${args[0]} failed: ${gitError(run)}`);
      return run.stdout.trim();
    };
    await step(base ? ["read-tree", base] : ["read-tree", "--empty"]);
    const ids = (await step(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: `${changed.join("\n")}
` })).split("\n");
    const info = `${changed.map((file, i) => `100644 blob ${ids[i]}	${file}`).join("\n")}
`;
    await step(["update-index", "--index-info"], { input: info });
    const tree = await step(["write-tree"]);
    const named = (await input.git(["config", "user.name"])).ok && (await input.git(["config", "user.email"])).ok;
    const who = named ? {} : {
      ...IDENTITY,
      GIT_COMMITTER_NAME: IDENTITY.GIT_AUTHOR_NAME,
      GIT_COMMITTER_EMAIL: IDENTITY.GIT_AUTHOR_EMAIL
    };
    return await step(["commit-tree", tree, ...base ? ["-p", base] : [], "-m", input.message], { env: who });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/cli/commands/run-state.ts
var failed = (error) => ({
  ok: false,
  error: error.message,
  refused: [],
  conflicts: []
});
async function withLocale(io, flags) {
  return { ...flags, locale: flags.locale ?? await configLocale(io.cwd) };
}
var say = (io, flags, message) => io.stderr.write(`${t(flags.locale, message)}
`);
var reason = (flags, text) => flags.locale === "zh-CN" ? stateReasonZh(text) : text;
var colon = (flags) => flags.locale === "zh-CN" ? "\uFF1A" : ": ";
function reportDoubleSends(io, flags, found = []) {
  for (const d of found) say(io, flags, stateMessages.msg.doubleSend({ file: d.file, reason: reason(flags, d.reason) }));
  if (found.length > 0) say(io, flags, stateMessages.msg.doubleSendHint());
  return found.length > 0;
}
async function usable(io, flags) {
  const git = createGit(io.cwd);
  if (!(await git(["rev-parse", "--git-dir"])).ok) {
    say(io, flags, stateMessages.msg.notGit());
    return false;
  }
  if (!(await git(["check-ref-format", "--branch", flags.branch])).ok) {
    say(io, flags, stateMessages.msg.badBranch({ branch: flags.branch }));
    return false;
  }
  return true;
}
async function runStatePull(io, given) {
  const flags = await withLocale(io, given);
  if (!await usable(io, flags)) return EXIT.usage;
  const log = (line) => io.stdout.write(`${line}
`);
  const result = await pullState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    log,
    locale: flags.locale
  }).catch(failed);
  const twice = reportDoubleSends(io, flags, "doubleSends" in result ? result.doubleSends : []);
  if (result.ok) return twice ? EXIT.errors : EXIT.ok;
  say(io, flags, stateMessages.msg.failed({ command: "pull", error: reason(flags, result.error) }));
  for (const r of result.refused) io.stderr.write(`  ${r.file}${colon(flags)}${reason(flags, r.reason)}
`);
  if (result.refused.some((r) => r.reason === UNREADABLE_LOCAL))
    say(io, flags, stateMessages.msg.unreadableLocalHint({ remote: flags.remote, branch: flags.branch }));
  else if (result.refused.length > 0) say(io, flags, stateMessages.msg.pullRefusedHint({ branch: flags.branch }));
  return EXIT.errors;
}
async function runStatePush(io, given) {
  const flags = await withLocale(io, given);
  if (!await usable(io, flags)) return EXIT.usage;
  const log = (line) => io.stdout.write(`${line}
`);
  const result = await pushState({
    root: io.cwd,
    git: createGit(io.cwd),
    remote: flags.remote,
    branch: flags.branch,
    message: flags.message ?? "wxpress: publish state",
    attempts: flags.attempts ?? 5,
    log,
    locale: flags.locale
  }).catch(failed);
  if (result.ok) return reportDoubleSends(io, flags, result.doubleSends) ? EXIT.errors : EXIT.ok;
  say(io, flags, stateMessages.msg.failed({ command: "push", error: reason(flags, result.error) }));
  const unreadable = "unreadable" in result ? result.unreadable ?? [] : [];
  for (const u of unreadable) io.stderr.write(`  ${u.reason}
  ${u.hint}
`);
  if ("restPushed" in result && result.restPushed) return EXIT.errors;
  for (const c of result.conflicts) io.stderr.write(`  ${c.file}${colon(flags)}${reason(flags, c.reason)}
`);
  if (result.conflicts.length > 0) {
    say(io, flags, stateMessages.msg.pushConflictHint({ remote: flags.remote, branch: flags.branch }));
  } else say(io, flags, stateMessages.msg.pushAgainHint());
  return EXIT.errors;
}
export {
  runStatePull,
  runStatePush
};
