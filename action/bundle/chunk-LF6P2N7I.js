import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fixToFixedPoint
} from "./chunk-CXKLV57N.js";
import "./chunk-F7I6RFPQ.js";
import {
  createLinter
} from "./chunk-WB3A7KHW.js";
import {
  createTwoFilesPatch
} from "./chunk-MGBBTH4O.js";
import "./chunk-HS6V3NC4.js";
import "./chunk-F3GYHSGF.js";
import "./chunk-SUXKJEYH.js";
import "./chunk-MDZAZRJS.js";
import "./chunk-VZWPW2PM.js";
import "./chunk-X4OV62ST.js";
import "./chunk-NZIE4A7T.js";
import "./chunk-YDLX56YM.js";
import "./chunk-2DVWRVNC.js";
import "./chunk-V5G7W6GZ.js";
import "./chunk-LDYINIK6.js";
import "./chunk-JQLIWCQT.js";
import "./chunk-5FWSN2RR.js";
import "./chunk-7M4XFPZV.js";
import "./chunk-AAS5RZ52.js";
import "./chunk-2HE3LQZM.js";
import "./chunk-J5CJTNU7.js";
import {
  cliMiscMessages,
  reportMessages,
  t
} from "./chunk-3JHFFKUU.js";
import "./chunk-W666XFH3.js";
import "./chunk-PK2X7JIC.js";
import "./chunk-RGBDA2DB.js";
import "./chunk-G5RI4KAW.js";
import "./chunk-L5CD6X34.js";
import "./chunk-EP4KRDZC.js";

// src/cli/commands/run-fix.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
async function runFix(io, site, dryRun, locale = "en") {
  const linter = createLinter({ config: site.config });
  let total = 0;
  for (const article of site.selected) {
    if (!article.readable) continue;
    const absolute = path.join(site.root, article.path);
    const original = await readFile(absolute, "utf8");
    const { output, changes } = fixToFixedPoint(linter, article, original, site.config);
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
