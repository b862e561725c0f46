import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fixToFixedPoint
} from "./chunk-C4IG7CTF.js";
import "./chunk-G6T3CGSR.js";
import {
  createLinter
} from "./chunk-KVJU3JLX.js";
import {
  createTwoFilesPatch
} from "./chunk-S4F2JI3I.js";
import "./chunk-YH4FC4WP.js";
import "./chunk-EDI4LR2N.js";
import "./chunk-NLG6EU7L.js";
import "./chunk-7LBD2UEY.js";
import "./chunk-Q67BRMVT.js";
import "./chunk-3SJZHGWJ.js";
import "./chunk-DLA7MNRC.js";
import "./chunk-YDLX56YM.js";
import {
  LINE1
} from "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-4L3TKDER.js";
import "./chunk-2LHYGFIJ.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-7VXFPHBU.js";
import "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  cliMiscMessages,
  contentMessages,
  reportMessages,
  t
} from "./chunk-OWIXN4P4.js";
import "./chunk-W666XFH3.js";
import "./chunk-6YQ3DZCD.js";
import "./chunk-S4VC6IKX.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-DS2PTOKG.js";
import "./chunk-HQTF5GXH.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-fix.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
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
    const { output, changes } = fixToFixedPoint(linter, article, original, site.config);
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
