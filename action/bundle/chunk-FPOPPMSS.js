import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  articleFromText
} from "./chunk-K2PFRREQ.js";
import "./chunk-S6HAQD6F.js";
import {
  applyFixes,
  createLinter
} from "./chunk-LKJZD3TO.js";
import "./chunk-SXHTQ6XN.js";
import {
  createTwoFilesPatch
} from "./chunk-TLQLVLIE.js";
import "./chunk-IZ4Y366E.js";
import "./chunk-BWM77KQY.js";
import "./chunk-HZLWEOMM.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-YDLX56YM.js";
import {
  LINE1
} from "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-PEA4DY5D.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-AAS5RZ52.js";
import "./chunk-2HE3LQZM.js";
import {
  report
} from "./chunk-HXRLG5P4.js";
import {
  cliMiscMessages,
  contentMessages,
  reportMessages,
  t
} from "./chunk-LGQ3JMAU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-fix.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var MAX_PASSES = 5;
async function runFix(io, site, dryRun, locale = "en") {
  const linter = createLinter({ config: site.config });
  const unwritable = [];
  let total = 0;
  for (const article of site.selected) {
    if (!article.readable) continue;
    const absolute = path.join(site.root, article.path);
    let original;
    try {
      original = await readFile(absolute, "utf8");
    } catch {
      continue;
    }
    let current = article;
    let output = original;
    const changes = [];
    const seen = /* @__PURE__ */ new Set([original]);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const findings = linter.lint(current);
      current.file.messages.length = 0;
      const result = applyFixes(current, findings, original);
      if (result.changes.length === 0 || seen.has(result.output)) break;
      seen.add(result.output);
      changes.push(...result.changes);
      output = result.output;
      current = articleFromText(article, output.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), site.config);
      if (!current.readable) break;
    }
    if (changes.length === 0) continue;
    if (dryRun) {
      total += changes.length;
      io.stdout.write(
        createTwoFilesPatch(`a/${article.path}`, `b/${article.path}`, original, output, "", "", {
          context: 1
        })
      );
    } else {
      try {
        await writeFile(absolute, output);
      } catch (error) {
        const { code, message } = error;
        unwritable.push({ path: article.path, code: code ?? message });
        continue;
      }
      total += changes.length;
      for (const c of changes) {
        const place = `${article.path}:${c.line}:${c.column}`;
        const fixed = {
          place,
          ruleId: c.ruleId,
          before: visible(c.context.before),
          after: visible(c.context.after)
        };
        io.stderr.write(`${t(locale, cliMiscMessages.msg.fixed(fixed))}
`);
      }
    }
  }
  const { msg } = reportMessages;
  io.stderr.write(
    `${t(
      locale,
      total === 0 && unwritable.length === 0 ? msg.nothingToFix() : dryRun ? msg.fixesDryRun({ n: total }) : msg.fixesApplied({ n: total })
    )}
`
  );
  return unwritable;
}
function reportUnwritable(site, unwritable) {
  const { msg } = contentMessages;
  for (const { path: file, code } of unwritable) {
    const article = site.articles.find((a) => a.path === file);
    if (!article) continue;
    report(article.file, "error", "content/unwritable", "content", msg.unwritable({ file, code }), {
      place: LINE1,
      value: code,
      hint: msg.unwritableHint({ file })
    });
  }
}
function visible(text) {
  return `\`${text}\``.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00a0\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/gu,
    (c) => {
      const code = c.codePointAt(0);
      return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  );
}
export {
  reportUnwritable,
  runFix,
  visible
};
