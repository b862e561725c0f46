import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  fieldPosition
} from "./chunk-QGBYRSYB.js";
import {
  didYouMean
} from "./chunk-HD5MTZOP.js";
import {
  report
} from "./chunk-ATHEYLYN.js";
import {
  publishMessages
} from "./chunk-OWIXN4P4.js";

// src/publish/report-unknown-tag.ts
var { msg } = publishMessages;
function reportUnknownTag(articles, tag, account, names) {
  const near = didYouMean(tag, names);
  const tags = names.map((n) => `\u300C${n}\u300D`).join(" ");
  for (const a of articles) {
    report(a.file, "error", "publish/unknown-tag", "publish", msg.unknownTag({ tag, account }), {
      place: fieldPosition(a, "audience"),
      value: tag,
      hint: msg.unknownTagHint({ near: near ?? "", tags })
    });
  }
}

export {
  reportUnknownTag
};
