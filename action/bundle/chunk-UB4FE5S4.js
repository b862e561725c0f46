import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  execa
} from "./chunk-3FBKPEQI.js";

// src/github/git.ts
async function changedFiles(cwd, ref) {
  try {
    const committed = await execa("git", ["diff", "--name-only", "--no-renames", `${ref}...HEAD`], { cwd });
    const working = await execa("git", ["status", "--porcelain", "--untracked-files=all", "-z"], { cwd });
    const files = new Set(committed.stdout.split("\n").filter(Boolean));
    for (const entry of working.stdout.split("\0")) if (entry.length > 3) files.add(entry.slice(3));
    return { ok: true, files: [...files].sort() };
  } catch (error) {
    const e = error;
    return {
      ok: false,
      error: (e.stderr || e.shortMessage || e.message).trim().split("\n")[0] ?? "git failed"
    };
  }
}
async function isGitRepo(cwd) {
  try {
    return (await execa("git", ["rev-parse", "--is-inside-work-tree"], { cwd })).stdout.trim() === "true";
  } catch {
    return false;
  }
}
async function commitAdding(cwd, file) {
  try {
    const out = (await execa("git", ["log", "--diff-filter=A", "--format=%H", "--", file], { cwd })).stdout.trim().split("\n");
    return out.at(-1) || void 0;
  } catch {
    return void 0;
  }
}
async function revParse(cwd, rev) {
  try {
    return {
      ok: true,
      sha: (await execa("git", ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd })).stdout.trim()
    };
  } catch (error) {
    return { ok: false, error: gitError(error, `\`${rev}\` is not a commit in this clone`) };
  }
}
async function pullRequestDiff(cwd, base, head = "HEAD") {
  try {
    const range = `${base}...${head}`;
    const names = await execa("git", ["diff", "--name-only", "--no-renames", "-z", range], { cwd });
    const status = await execa("git", ["diff", "--name-status", "-M", "--diff-filter=R", "-z", range], {
      cwd
    });
    const fields = status.stdout.split("\0");
    const renames = [];
    for (let i = 0; i + 2 < fields.length; i += 3) {
      if (fields[i].startsWith("R")) renames.push([fields[i + 1], fields[i + 2]]);
    }
    const patch = await execa(
      "git",
      ["-c", "core.quotePath=false", "diff", "-U0", "--no-renames", "--no-color", "--no-ext-diff", range],
      { cwd }
    );
    const files = names.stdout.split("\0").filter(Boolean).sort();
    return { ok: true, files, patch: patch.stdout, renames };
  } catch (error) {
    return { ok: false, error: gitError(error, "git diff failed") };
  }
}
async function lineMoves(cwd, from, to) {
  try {
    const args = ["-c", "core.quotePath=false", "diff", "-U0", "--no-renames", "--no-color", "--no-ext-diff"];
    const patch = await execa("git", [...args, from, to], { cwd });
    return { ok: true, patch: patch.stdout };
  } catch (error) {
    return { ok: false, error: gitError(error, "git diff failed") };
  }
}
async function fileAt(cwd, rev, file) {
  try {
    return (await execa("git", ["show", `${rev}:${file}`], { cwd, stripFinalNewline: false })).stdout;
  } catch {
    return void 0;
  }
}
function gitError(error, fallback) {
  const e = error;
  return (e.stderr || e.shortMessage || e.message || "").trim().split("\n")[0] || fallback;
}

export {
  changedFiles,
  isGitRepo,
  commitAdding,
  revParse,
  pullRequestDiff,
  lineMoves,
  fileAt
};
