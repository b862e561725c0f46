import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/state/ledger-view.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var str = (v) => typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : void 0;
function ledgerFacts(json) {
  if (!json || typeof json !== "object" || Array.isArray(json)) return "not a JSON object";
  const e = json;
  if (typeof e.state !== "string") return "no `state`";
  const timestamps = e.timestamps && typeof e.timestamps === "object" ? e.timestamps : {};
  const facts = { state: e.state };
  const fields = {
    draftMediaId: str(e.draftMediaId),
    msgDataId: str(e.msgDataId),
    articleUrl: str(e.articleUrl),
    account: str(e.account),
    sentAt: str(timestamps.sent)
  };
  for (const [k, v] of Object.entries(fields))
    if (v !== void 0) facts[k] = v;
  if (typeof e.draftIndex === "number") facts.draftIndex = e.draftIndex;
  return facts;
}
function ledgerReader(root) {
  return async (slug) => {
    let text;
    try {
      text = await readFile(path.join(root, ".wxpress", "state", `${slug}.json`), "utf8");
    } catch (error) {
      const code = error.code;
      return code === "ENOENT" ? { kind: "missing" } : { kind: "unreadable", reason: code ?? "cannot read" };
    }
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: "unreadable", reason: "not valid JSON (a merge conflict?)" };
    }
    const facts = ledgerFacts(json);
    return typeof facts === "string" ? { kind: "unreadable", reason: facts } : { kind: "entry", ...facts };
  };
}

export {
  ledgerReader
};
