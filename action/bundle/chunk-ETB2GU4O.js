import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  articleFromText
} from "./chunk-LXVLD56O.js";
import "./chunk-JVFBRIGL.js";
import {
  applyFixes,
  createLinter
} from "./chunk-U6MY3KMN.js";
import "./chunk-TENVQZEY.js";
import {
  createTwoFilesPatch
} from "./chunk-HHTUEAY7.js";
import "./chunk-PPQIIBQV.js";
import "./chunk-4BE2E4I5.js";
import "./chunk-DWM2FFEC.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-PWNPGISI.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-DBNX7LKX.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-7VXFPHBU.js";
import "./chunk-HD5MTZOP.js";
import "./chunk-H5MWLFSU.js";
import {
  cliMiscMessages,
  reportMessages,
  t
} from "./chunk-CVCZXHK5.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-fix.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var MAX_PASSES = 5;
async function runFix(io, site, dryRun, locale = "en") {
  const linter = createLinter({ config: site.config });
  let total = 0;
  for (const article of site.selected) {
    if (!article.readable) continue;
    const absolute = path.join(site.root, article.path);
    const original = await readFile(absolute, "utf8");
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
    total += changes.length;
    if (dryRun) {
      io.stdout.write(
        createTwoFilesPatch(`a/${article.path}`, `b/${article.path}`, original, output, "", "", {
          context: 1
        })
      );
    } else {
      await writeFile(absolute, output);
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
      total === 0 ? msg.nothingToFix() : dryRun ? msg.fixesDryRun({ n: total }) : msg.fixesApplied({ n: total })
    )}
`
  );
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
  runFix,
  visible
};
