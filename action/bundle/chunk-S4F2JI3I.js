import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  characterLimit,
  defineLintRule,
  digestLength,
  imageCount,
  readerText,
  wordCount
} from "./chunk-YH4FC4WP.js";
import {
  spacedTargetRanges
} from "./chunk-V5G7W6GZ.js";
import {
  codePoints
} from "./chunk-7M4XFPZV.js";
import {
  lintDateMessages,
  lintMessages,
  lintRuleMessages,
  lintStructureMessages
} from "./chunk-OWIXN4P4.js";

// src/lint/map-lines.ts
function mapLines(source, start, end, value) {
  const parts = value.split("\n");
  if (parts.length < 2) return void 0;
  const lines = [];
  let pos = start;
  let at2 = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (k > 0) {
      while (pos < end && (source[pos] === " " || source[pos] === "	")) pos++;
      if (source[pos] === "\r") pos++;
      if (source[pos] !== "\n") return void 0;
      pos++;
      let p = pos;
      while (p < end && (source[p] === " " || source[p] === "	" || source[p] === ">")) p++;
      while (p > pos && !source.startsWith(part, p)) p--;
      if (!source.startsWith(part, p)) return void 0;
      pos = p;
      lines.push({ at: at2, offset: pos });
    } else if (!source.startsWith(part, pos)) return void 0;
    pos += part.length;
    at2 += part.length + 1;
  }
  return pos === end ? lines : void 0;
}

// src/lint/prose-segment.ts
function sourceOffset(segment, index, end = false) {
  const lines = segment.lines;
  if (!lines) return segment.offset + index;
  const probe = end && index > 0 ? index - 1 : index;
  let base = segment.offset;
  let at2 = 0;
  for (const l of lines) {
    if (l.at > probe) break;
    base = l.offset;
    at2 = l.at;
  }
  return base + (probe - at2) + (end && index > 0 ? 1 : 0);
}

// src/lint/cut-targets.ts
function spacedTargetsIn(markdown, node) {
  const from = node.children[0]?.position?.start.offset;
  const to = node.children.at(-1)?.position?.end.offset;
  if (from === void 0 || to === void 0) return [];
  return spacedTargetRanges(markdown.slice(from, to)).map((r) => ({
    start: r.start + from,
    end: r.end + from
  }));
}
function cutTargets(segment, ranges) {
  const end = segment.offset + segment.text.length + (segment.lines ? Number.POSITIVE_INFINITY : 0);
  if (!ranges.some((r) => r.start < end && r.end > segment.offset)) return [segment];
  const cut = (i) => {
    const at2 = sourceOffset(segment, i);
    return ranges.some((r) => at2 >= r.start && at2 < r.end);
  };
  const out = [];
  let from = -1;
  for (let i = 0; i <= segment.text.length; i++) {
    const keep = i < segment.text.length && !cut(i);
    if (keep && from < 0) from = i;
    if (keep || from < 0) continue;
    out.push(piece(segment, from, i));
    from = -1;
  }
  return out;
}
function piece(segment, from, to) {
  const { lines, afterUrl, ...rest } = segment;
  const inside = lines?.filter((l) => l.at > from && l.at < to).map((l) => ({ at: l.at - from, offset: l.offset }));
  return {
    ...rest,
    text: segment.text.slice(from, to),
    offset: sourceOffset(segment, from),
    ...inside?.length ? { lines: inside } : {},
    ...afterUrl && from === 0 ? { afterUrl } : {}
  };
}

// src/lint/prose.ts
var NOT_PROSE = /* @__PURE__ */ new Set([
  "code",
  "inlineCode",
  "math",
  "inlineMath",
  "html",
  "definition"
]);
var PHRASING = /* @__PURE__ */ new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference"
]);
var RAW = /^(?:style|script|textarea|pre|code|kbd|samp|svg|math|template|noscript|title|xmp|iframe|object)$/i;
var MARKUP = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;
var ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g;
function htmlProse(source, start, value) {
  const out = [];
  if (source.slice(start, start + value.length) !== value) return out;
  const push = (from, to) => {
    const text2 = value.slice(from, to);
    if (!/[^\s]/.test(text2)) return;
    let last = 0;
    for (const m of text2.matchAll(ENTITY)) {
      if (m.index > last && /\S/.test(text2.slice(last, m.index)))
        out.push({ text: text2.slice(last, m.index), where: "body", offset: start + from + last, html: true });
      last = m.index + m[0].length;
    }
    if (last < text2.length && /\S/.test(text2.slice(last)))
      out.push({ text: text2.slice(last), where: "body", offset: start + from + last, html: true });
  };
  let pos = 0;
  let raw;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(value); m; m = MARKUP.exec(value)) {
    const name = m[1]?.toLowerCase();
    if (raw) {
      if (name === raw && m[0].startsWith("</")) {
        raw = void 0;
        pos = m.index + m[0].length;
      }
      continue;
    }
    push(pos, m.index);
    pos = m.index + m[0].length;
    if (name && !m[0].startsWith("</") && !m[0].endsWith("/>") && RAW.test(name)) raw = name;
  }
  if (!raw) push(pos, value.length);
  return out;
}
function titleProse(markdown, image) {
  const start = image.position?.start.offset;
  const end = image.position?.end.offset;
  const title = image.title ?? "";
  if (start === void 0 || end === void 0 || !title.trim()) return [];
  const at2 = markdown.lastIndexOf(title, end);
  if (at2 < start || !/^\s*["')]\s*\)$/.test(markdown.slice(at2 + title.length, end))) return [];
  return [{ text: title, where: "body", offset: at2 }];
}
function collectProse(article, tree) {
  const out = [];
  const walk = (node) => {
    let afterUrl = false;
    const targets = spacedTargetsIn(article.markdown, node);
    for (const child of node.children) {
      const url = afterUrl;
      afterUrl = false;
      if (child.type === "html" && !PHRASING.has(node.type) && child.position && /[^\x00-\x7f]/.test(child.value)) {
        out.push(...htmlProse(article.markdown, child.position.start.offset ?? -1, child.value));
        continue;
      }
      if (NOT_PROSE.has(child.type)) continue;
      if (child.type === "text") {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === void 0 || end === void 0) continue;
        if (article.markdown.slice(start, end) === child.value)
          out.push(
            ...cutTargets(
              {
                text: child.value,
                where: "body",
                offset: start,
                ...url ? { afterUrl: true } : {}
              },
              targets
            )
          );
        else {
          const lines = child.value.includes("\n") ? mapLines(article.markdown, start, end, child.value) : void 0;
          if (lines)
            out.push(...cutTargets({ text: child.value, where: "body", offset: start, lines }, targets));
        }
        continue;
      }
      if (child.type === "image" && child.title) {
        out.push(...titleProse(article.markdown, child));
        continue;
      }
      if (child.type === "link") {
        const only = child.children.length === 1 ? child.children[0] : void 0;
        if (only?.type === "text" && child.url.endsWith(only.value)) {
          afterUrl = article.markdown.charAt((child.position?.end.offset ?? 0) - 1) !== ">";
          continue;
        }
      }
      if ("children" in child) walk(child);
    }
  };
  walk(tree);
  for (const where of ["title", "digest", "slogan", "author"]) {
    const value = article.frontmatter[where] ?? (where === "digest" ? article.overlongDigest : void 0);
    const field = article.fields.find((f) => f.key === where);
    if (typeof value === "string" && field)
      out.push({ text: value, where, offset: 0, valuePosition: field.valuePosition });
  }
  return out;
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars2) {
    return chars2.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text2) {
  const hasTrailingNl = text2.endsWith("\n");
  const result = text2.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// node_modules/diff/libesm/diff/character.js
var CharacterDiff = class extends Diff {
};
var characterDiff = new CharacterDiff();
function diffChars(oldStr, newStr, options) {
  return characterDiff.diff(oldStr, newStr, options);
}

// node_modules/diff/libesm/diff/array.js
var ArrayDiff = class extends Diff {
  tokenize(value) {
    return value.slice();
  }
  join(value) {
    return value;
  }
  removeEmpty(value) {
    return value;
  }
};
var arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}

// src/lint/rules/markdown-accidental-emphasis.ts
var { msg } = lintRuleMessages;
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
var DUNDERS = /* @__PURE__ */ new Set([
  "init",
  "new",
  "del",
  "name",
  "main",
  "file",
  "doc",
  "dict",
  "slots",
  "class",
  "module",
  "all",
  "call",
  "repr",
  "str",
  "len",
  "iter",
  "next",
  "enter",
  "exit",
  "getitem",
  "setitem",
  "delitem",
  "getattr",
  "setattr",
  "getattribute",
  "contains",
  "eq",
  "ne",
  "lt",
  "le",
  "gt",
  "ge",
  "hash",
  "bool",
  "add",
  "sub",
  "mul",
  "truediv",
  "import",
  "builtins",
  "version",
  "annotations",
  "future",
  "pycache",
  "qualname",
  "mro",
  "bases",
  "subclasses",
  "await",
  "aiter",
  "anext",
  "get",
  "set",
  "format",
  "bytes",
  "int",
  "float",
  "index",
  "reduce",
  "copy",
  "deepcopy",
  "weakref",
  "wrapped",
  "self",
  "proto",
  "defineGetter",
  "esModule",
  "dirname",
  "filename"
]);
var ALNUM = /[A-Za-z0-9]/;
var MAX_VALUE = 80;
var WORD = /[A-Za-z0-9_]/;
var accidentalEmphasis = defineLintRule({
  id: "markdown/accidental-emphasis",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Identifiers and formulas that Markdown turns into emphasis, so characters vanish: `__init__` (bold `init`), `a*b*c`, `2*3*4`, `a**2 + b**2`.",
    rationale: "CommonMark reads `__name__` as bold and `*` between letters or digits as emphasis: readers see `init` in bold or `a` *b* `c` without any asterisk, and the formula or identifier is wrong.",
    bad: "Python \u7684 __init__ \u65B9\u6CD5\uFF0Ca*b*c",
    good: "Python \u7684 `__init__` \u65B9\u6CD5\uFF0C`a*b*c`"
  },
  check(context) {
    const markdown = context.article.markdown;
    if (!markdown.includes("*") && !markdown.includes("_")) return;
    const visit = (node) => {
      for (const child of node.children) {
        if (NOT_PROSE.has(child.type) || !("children" in child)) continue;
        if (child.type === "emphasis" || child.type === "strong") {
          const start = child.position?.start.offset;
          const end = child.position?.end.offset;
          const size = child.type === "strong" ? 2 : 1;
          if (start !== void 0 && end !== void 0 && end - start > 2 * size) {
            const char = markdown.charAt(start);
            const source = markdown.slice(start, end);
            const delimited = (char === "*" || char === "_") && source.startsWith(char.repeat(size)) && source.endsWith(char.repeat(size));
            const inner = source.slice(size, source.length - size);
            const identifier = delimited && char === "_" && IDENTIFIER.test(inner) && (/[_0-9$]/.test(inner) || size === 2 && DUNDERS.has(inner));
            const intraword = delimited && char === "*" && ALNUM.test(markdown.charAt(start - 1)) && ALNUM.test(markdown.charAt(end));
            if (identifier || intraword) {
              const value = source.length > MAX_VALUE ? `${source.slice(0, MAX_VALUE - 1)}\u2026` : source;
              const shown = identifier ? inner : inner.replace(/\s+/g, " ");
              let from = start;
              let to = end;
              while (from > 0 && WORD.test(markdown.charAt(from - 1))) from--;
              while (to < markdown.length && WORD.test(markdown.charAt(to))) to++;
              const around2 = markdown.slice(from, to);
              const written = identifier ? source : /^[\x20-\x7e]{1,40}$/.test(around2) ? around2 : void 0;
              context.report({
                message: identifier ? msg.identifierEmphasis({ source, kind: size === 2 ? "bold" : "italic", shown }) : msg.intrawordEmphasis({
                  marker: char.repeat(size),
                  kind: size === 2 ? "bold" : "italic",
                  value
                }),
                place: child.position,
                value,
                hint: identifier ? msg.identifierEmphasisHint({ source, escaped: source.replace(/_/g, "\\_") }) : msg.intrawordEmphasisHint({ written: written ?? "" })
              });
              continue;
            }
          }
        }
        visit(child);
      }
    };
    visit(context.tree);
  }
});

// src/lint/rules/markdown-unparsed-emphasis.ts
var { msg: msg2 } = lintRuleMessages;
var CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
var CJK_TEXT = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\u2018\u2019\u201c\u201d\uff00-\uffef]/;
var RUN = /\*{1,3}|_{1,3}/g;
var IDENT = /[A-Za-z0-9$]/;
var DUNDER_END = /(?:^|[^A-Za-z0-9_$])_{1,3}[A-Za-z0-9$]+$/;
var isSpace = (c) => c === "" || c === " " || c === "	" || c === "\n" || c === "\u3000";
function runsOf(node, bySegmentOffset, markdown) {
  const runs = [];
  for (const child of node.children) {
    if (child.type !== "text") continue;
    const value = child.value;
    if (!value.includes("*") && !value.includes("_")) continue;
    const start = child.position?.start.offset;
    const segment = start === void 0 ? void 0 : bySegmentOffset.get(start);
    if (!segment || start === void 0) continue;
    RUN.lastIndex = 0;
    for (let m = RUN.exec(value); m; m = RUN.exec(value)) {
      const offset = sourceOffset(segment, m.index);
      const prev = markdown.charAt(offset - 1);
      const next = markdown.charAt(offset + m[0].length);
      if (prev === m[0][0] || next === m[0][0]) continue;
      runs.push({ char: m[0][0], length: m[0].length, offset, segment, index: m.index });
    }
  }
  return runs;
}
var unparsedEmphasis = defineLintRule({
  id: "markdown/unparsed-emphasis",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Emphasis markers (`**`, `__`, `_`) that Markdown leaves as literal text next to Chinese, e.g. `\u8FD9\u662F__\u52A0\u7C97__\u6587\u5B57` or `A**\u201C\u5F15\u53F7\u201D**\u540E\u9762`.",
    rationale: "CommonMark does not open emphasis inside a word written with `_`, nor `**` right after a letter and before punctuation: readers then see the asterisks or underscores.",
    bad: "\u8FD9\u662F__\u52A0\u7C97__\u6587\u5B57",
    good: "\u8FD9\u662F**\u52A0\u7C97**\u6587\u5B57"
  },
  check(context) {
    const markdown = context.article.markdown;
    if (!markdown.includes("**") && !markdown.includes("_")) return;
    const bySegmentOffset = /* @__PURE__ */ new Map();
    for (const s of context.prose) if (s.where === "body") bySegmentOffset.set(s.offset, s);
    const visit = (node) => {
      let texts = 0;
      for (const child of node.children) {
        if (child.type === "text") texts++;
        else if (!NOT_PROSE.has(child.type) && "children" in child) visit(child);
      }
      if (texts === 0) return;
      const runs = runsOf(node, bySegmentOffset, markdown);
      for (let i = 0; i < runs.length; i++) {
        const a = runs[i];
        const afterOpen = markdown.charAt(a.offset + a.length);
        if (isSpace(afterOpen)) continue;
        if (a.char === "_" && (IDENT.test(afterOpen) || DUNDER_END.test(markdown.slice(Math.max(0, a.offset - 64), a.offset))))
          continue;
        const j = runs.findIndex(
          (r, k) => k > i && r.char === a.char && r.length === a.length && !(r.char === "_" && (IDENT.test(markdown.charAt(r.offset - 1)) || IDENT.test(markdown.charAt(r.offset + r.length))))
        );
        if (j === -1) continue;
        const b = runs[j];
        if (isSpace(markdown.charAt(b.offset - 1))) continue;
        const inner = markdown.slice(a.offset + a.length, b.offset);
        const before = markdown.charAt(a.offset - 1);
        const after = markdown.charAt(b.offset + b.length);
        const chinese = CJK_TEXT.test(inner);
        const nodeNextToChinese = a.char === "*" && a.length >= 2 && /^[`[]/.test(inner) && (CJK.test(before) || CJK.test(after));
        if (!chinese && !nodeNextToChinese) continue;
        if (a.char === "_" && /\s/.test(inner)) continue;
        i = j;
        const value = markdown.slice(a.offset, b.offset + b.length);
        const marker = a.char.repeat(a.length);
        const star = "*".repeat(a.length);
        const kind = a.length === 2 ? "bold" : a.length === 1 ? "italic" : "bold italic";
        const hint = a.char === "_" ? msg2.unparsedUnderscoreHint({
          kind,
          star: `${star}${inner}${star}`,
          escaped: `\\${marker.split("").join("\\")}`
        }) : isSpace(before) ? msg2.unparsedAfterHint({ marker }) : msg2.unparsedBeforeHint({ marker, spaced: `${before} ${value}` });
        const start = context.locate(a.segment, a.index, a.index + a.length)?.start;
        const end = context.locate(b.segment, b.index, b.index + b.length)?.end;
        context.report({
          message: msg2.unparsedEmphasis({ marker, kind, value }),
          place: start && end ? { start, end } : void 0,
          value,
          hint
        });
      }
    };
    visit(context.tree);
  }
});

// src/lint/prose-matches.ts
function reportMatches(context, options) {
  const flags = options.pattern.flags.includes("g") ? options.pattern.flags : `${options.pattern.flags}g`;
  const re = new RegExp(options.pattern.source, flags);
  for (const segment of context.prose) {
    if (options.where && !options.where.includes(segment.where)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
      if (m[0] === "") {
        re.lastIndex++;
        continue;
      }
      if (options.skip?.(m, segment)) continue;
      const replacement = options.replace?.(m, segment);
      const hint = options.hint?.(m, segment) ?? (replacement !== void 0 ? lintMessages.msg.write({ text: replacement }) : void 0);
      context.report({
        message: options.message(m),
        place: context.locate(segment, m.index, m.index + m[0].length),
        value: m[0],
        ...hint ? { hint } : {},
        ...segment.where !== "body" ? { field: segment.where } : {},
        ...replacement !== void 0 ? { fix: { segment, start: m.index, end: m.index + m[0].length, text: replacement } } : {}
      });
    }
  }
}

// src/lint/rules/markdown-highlight.ts
var { msg: msg3 } = lintStructureMessages;
var HIGHLIGHT = /(?<![=\w])==(?=[^\s=])([^=\n]{1,60}?)(?<=[^\s=])==(?![=\w])/;
var markdownHighlight = defineLintRule({
  id: "markdown/highlight",
  severity: "warning",
  fixable: false,
  docs: {
    description: "`==text==`, the highlight of Typora, \u8BED\u96C0, \u98DE\u4E66 and Obsidian, is not Markdown: WeChat shows the equals signs.",
    rationale: "Editors that show a highlight while writing hide that the published article will not have one.",
    bad: "\u8FD9\u662F==\u6700\u91CD\u8981\u7684==\u4E00\u70B9",
    good: "\u8FD9\u662F**\u6700\u91CD\u8981\u7684**\u4E00\u70B9"
  },
  check: (context) => reportMatches(context, {
    pattern: HIGHLIGHT,
    where: ["body"],
    message: (m) => msg3.highlight({ text: m[0] }),
    hint: () => msg3.highlightHint()
  })
});

// src/lint/rules/soft-break-lines.ts
var BR = /^<br\s*\/?>$/i;
var LABEL = /^\s*([^\p{P}\s][^\p{P}]{0,9}?)\s*[：:](?!\/\/)/u;
function opensWithLabel(text2) {
  const label = LABEL.exec(text2)?.[1];
  return label !== void 0 && new RegExp("\\p{L}", "u").test(label);
}
function paragraphLines(paragraph) {
  const lines = [];
  let current = { text: "", emphasised: 0, plain: 0, image: false, hard: false };
  const close = (soft, hard = false) => {
    if (current.text.trim() === "" && !current.image && lines.length > 0 && soft) return;
    lines.push({ ...current, hard: current.hard || hard, ...soft ? { soft } : {} });
    current = { text: "", emphasised: 0, plain: 0, image: false, hard: false };
  };
  const add = (text2, emphasis) => {
    current.text += text2;
    current.hard = current.hard && text2.trim() === "";
    const n = text2.replace(/\s/g, "").length;
    if (emphasis) current.emphasised += n;
    else current.plain += n;
  };
  const walk = (nodes, emphasis) => {
    for (const node of nodes) {
      switch (node.type) {
        case "text": {
          const parts = node.value.split("\n");
          let index = -1;
          parts.forEach((part, i) => {
            if (i > 0) {
              index = node.value.indexOf("\n", index + 1);
              const offset = node.position?.start.offset;
              close(offset === void 0 ? void 0 : { offset, index });
            }
            add(part, emphasis);
          });
          break;
        }
        case "break":
          close(void 0, true);
          break;
        case "inlineCode":
        case "inlineMath":
          add(String(node.value).replace(/\n/g, " "), emphasis);
          break;
        case "html":
          if (BR.test(node.value.trim())) current.hard = true;
          break;
        case "image":
        case "imageReference":
          current.image = true;
          add("\uFFFC", emphasis);
          break;
        case "strong":
        case "emphasis":
          walk(node.children, true);
          break;
        default:
          if ("children" in node) walk(node.children, emphasis);
      }
    }
  };
  walk(paragraph.children, false);
  close();
  return lines;
}

// src/lint/rules/markdown-soft-break.ts
var { msg: msg4 } = lintStructureMessages;
var ALERT = /^\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*$/i;
var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
var SHORT = 20;
var WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
var width = (s) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);
var chars = (s) => [...s.trim()].length;
var PREFIX = /^[ \t]*(?:(?:>[ \t]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+)?[ \t]*/;
function excerpt(text2, end) {
  const t = [...text2.trim()];
  if (t.length <= 8) return t.join("");
  return end ? `\u2026${t.slice(-8).join("")}` : `${t.slice(0, 8).join("")}\u2026`;
}
function continues(text2, lines) {
  const own = text2.trim();
  if (/[\p{P}\p{S}]$/u.test(own)) return false;
  const last = lines.at(-1).text.trim();
  return /[，、；：,;]/.test(own) || /[。！？!?…]$/.test(last);
}
function meantBreaks(lines, source) {
  const text2 = lines.map((l) => l.text).join("");
  const chinese = HAN.test(text2);
  const allShort = lines.length >= 2 && lines.every((l, i) => chars(l.text) <= SHORT && width(source[i] ?? "") <= 3 * SHORT);
  const widths = source.map(width);
  let top = -1;
  let second = 0;
  for (const [j, w] of widths.entries()) {
    if (top < 0 || w > widths[top]) [second, top] = [top < 0 ? 0 : widths[top], j];
    else second = Math.max(second, w);
  }
  const labels = lines.map((l) => opensWithLabel(l.text));
  const labelled = labels.filter(Boolean).length >= 2;
  const out = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line.soft || line.hard || line.image || next.image || !line.text.trim() || !next.text.trim())
      continue;
    if (/^:::/.test(source[i] ?? "") || /^:::/.test(source[i + 1] ?? "")) continue;
    if (i === 0 && ALERT.test(line.text)) continue;
    const label = line.emphasised > 0 && line.plain === 0;
    if (label || labelled && labels[i + 1] || chinese && allShort && !continues(line.text, lines)) {
      out.push(i);
      continue;
    }
    if (!chinese || chars(line.text) > SHORT || /[\p{P}\p{S}]$/u.test(line.text.trim())) continue;
    const own = widths[i] ?? 0;
    const widest = i === top ? second : top < 0 ? 0 : widths[top];
    const first = (source[i + 1] ?? "").match(/^(?:[\u3400-\u9fff\uf900-\ufaff]|\S+)/)?.[0] ?? "";
    if (own * 2 <= widest && own + 1 + width(first) <= widest) out.push(i);
  }
  return out;
}
var softBreak = defineLintRule({
  id: "markdown/soft-break",
  severity: "warning",
  fixable: true,
  docs: {
    description: "A single line break the writer meant as a line break, which the reader never sees: a bold label line followed by its text, lines of `label\uFF1Avalue` (`**\u65F6\u95F4**\uFF1A3 \u6708 20 \u65E5` then `**\u5730\u70B9**\uFF1A\u2026`), a poem or a title and author written line by line, a short line without punctuation before longer ones. Hard-wrapped prose is not reported.",
    rationale: "In Markdown a single newline inside a paragraph is not a line break: between Chinese text it is dropped, so `**\u8292\u679C\u6930\u6930**` runs into its description and `\u9759\u591C\u601D` into `\u674E\u767D`. The fix ends the line with `\\`, CommonMark\u2019s hard break: unlike two trailing spaces it is visible and survives editors that strip trailing spaces.",
    bad: "**\u{1F96D} \u8292\u679C\u6930\u6930**\n\u8292\u679C\u662F\u6D77\u5357\u7684\u8D35\u5983\u8292\u3002\n\n\u9759\u591C\u601D\n\u674E\u767D\n\n**\u65F6\u95F4**\uFF1A3 \u6708 20 \u65E5\n**\u5730\u70B9**\uFF1A\u676D\u5DDE",
    good: "**\u{1F96D} \u8292\u679C\u6930\u6930**\\\n\u8292\u679C\u662F\u6D77\u5357\u7684\u8D35\u5983\u8292\u3002\n\n\u9759\u591C\u601D\\\n\u674E\u767D\n\n**\u65F6\u95F4**\uFF1A3 \u6708 20 \u65E5\\\n**\u5730\u70B9**\uFF1A\u676D\u5DDE"
  },
  check(context) {
    const markdown = context.article.markdown;
    if (!markdown.includes("\n")) return;
    const segments = /* @__PURE__ */ new Map();
    for (const s of context.prose) if (s.where === "body" && !s.html) segments.set(s.offset, s);
    const starts = [0];
    for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1);
    const sourceLines = (p) => {
      const out = [];
      for (let l = p.position.start.line; l <= p.position.end.line; l++)
        out.push(
          markdown.slice(starts[l - 1], (starts[l] ?? markdown.length + 1) - 1).replace(PREFIX, "").trimEnd()
        );
      return out;
    };
    const visit = (node) => {
      for (const child of node.children) {
        if (NOT_PROSE.has(child.type)) continue;
        if (child.type === "paragraph") {
          if (child.position && child.position.start.line < child.position.end.line) report(child);
        } else if ("children" in child) visit(child);
      }
    };
    const report = (p) => {
      const lines = paragraphLines(p);
      const source = sourceLines(p);
      if (source.length !== lines.length) return;
      for (const i of meantBreaks(lines, source)) {
        const soft = lines[i].soft;
        const segment = segments.get(soft.offset);
        if (segment?.text.charAt(soft.index) !== "\n") continue;
        const at2 = sourceOffset(segment, soft.index);
        const place2 = context.locate(segment, soft.index, soft.index);
        if (!place2) continue;
        const clean = /[\r\n]/.test(markdown.charAt(at2)) && !/[ \t]/.test(markdown.charAt(at2 - 1));
        context.report({
          message: msg4.softBreak({
            line: place2.start.line,
            tail: excerpt(lines[i].text, true),
            head: excerpt(lines[i + 1].text, false)
          }),
          place: place2,
          value: lines[i].text.trim(),
          hint: msg4.softBreakHint(),
          ...clean ? { fix: { segment, start: soft.index, end: soft.index, text: "\\" } } : {}
        });
      }
    };
    visit(context.tree);
  }
});

// src/lint/rules/markdown-indented-prose.ts
var { msg: msg5 } = lintStructureMessages;
var HAN2 = /[\u3400-\u9fff\uf900-\ufaff]/gu;
var CODE_LINE = /^(?:\/\/|\/\*|\*|#|--|<|\$|>|%|;|[-+*] )|[=;{}<>]|\)\s*$|^\w+\(|\b(?:function|return|import|const|let|var|def|class)\b/;
var PREFIX2 = /^((?:[ \t]{0,3}>[ \t]?)*)([ \t]*)/;
function isChineseProse(value) {
  const lines = value.split("\n").filter((l) => l.trim());
  if (lines.length === 0 || lines.some((l) => CODE_LINE.test(l.trim()))) return false;
  const visible = value.replace(/\s/g, "");
  const han = visible.match(HAN2)?.length ?? 0;
  return han >= 8 && han * 2 >= [...visible].length;
}
function codeBlocks(node, inList, out = []) {
  for (const child of node.children) {
    if (child.type === "code") out.push([child, inList]);
    else if ("children" in child)
      codeBlocks(
        child,
        inList || child.type === "listItem" || child.type === "footnoteDefinition",
        out
      );
  }
  return out;
}
var FULL_INDENT = "\u3000\u3000";
function opensWithFullIndent(node, markdown, count = { yes: 0, no: 0 }) {
  for (const child of node.children) {
    if (child.type === "paragraph" && child.position) {
      const text2 = markdown.slice(child.position.start.offset, child.position.end.offset);
      if (text2.search(HAN2) >= 0) count[text2.startsWith(FULL_INDENT) ? "yes" : "no"]++;
    } else if (child.type === "blockquote") opensWithFullIndent(child, markdown, count);
  }
  return count.yes > 0 && count.yes >= count.no;
}
var indentedProse = defineLintRule({
  id: "markdown/indented-prose",
  severity: "warning",
  fixable: true,
  docs: {
    description: "A paragraph of Chinese text indented by a tab or four spaces (\u9996\u884C\u7F29\u8FDB), which Markdown turns into a code block. The fix removes the indentation, or writes `\u3000\u3000` (two ideographic spaces) when the article's other paragraphs open with it.",
    rationale: "Four spaces or a tab at the start of a paragraph make an indented code block: the reader sees the paragraph in a grey monospace box, the indented paragraphs after it join the same box, and typography is not checked inside. Themes indent or space paragraphs themselves; the fix removes the indentation, or writes `\u3000\u3000` where the other paragraphs open with it.",
    bad: "	\u8FD9\u4E00\u6BB5\u4EE5\u5236\u8868\u7B26\u5F00\u5934\uFF0C\u662F\u5F88\u591A\u4EBA\u5199\u4E2D\u6587\u65F6\u7684\u9996\u884C\u7F29\u8FDB\u4E60\u60EF\u3002",
    good: "\u8FD9\u4E00\u6BB5\u4EE5\u5236\u8868\u7B26\u5F00\u5934\uFF0C\u662F\u5F88\u591A\u4EBA\u5199\u4E2D\u6587\u65F6\u7684\u9996\u884C\u7F29\u8FDB\u4E60\u60EF\u3002"
  },
  check(context) {
    const markdown = context.article.markdown;
    let full;
    for (const [code, inList] of codeBlocks(context.tree, false)) {
      const start = code.position?.start.offset;
      const end = code.position?.end.offset;
      if (code.lang || start === void 0 || end === void 0 || !isChineseProse(code.value)) continue;
      const lineStart = markdown.lastIndexOf("\n", start - 1) + 1;
      const source = markdown.slice(lineStart, end);
      const [, prefix = "", indent = ""] = PREFIX2.exec(source) ?? [];
      if (!indent || /^(?:`{3}|~{3})/.test(source.slice(prefix.length + indent.length))) continue;
      const segment = { text: source, where: "body", offset: lineStart };
      const edits = [];
      full ??= opensWithFullIndent(context.tree, markdown);
      let at2 = 0;
      let opens = true;
      for (const line of source.split("\n")) {
        const [, p = "", ws = ""] = PREFIX2.exec(line) ?? [];
        const blank2 = !line.trim().replace(/^>/, "").trim();
        const text2 = full && opens ? FULL_INDENT : "";
        if (ws && !blank2) edits.push({ segment, start: at2 + p.length, end: at2 + p.length + ws.length, text: text2 });
        opens = blank2;
        at2 += line.length + 1;
      }
      const [fix, ...moreFixes] = inList ? [] : edits;
      const first = code.value.split("\n").find((l) => l.trim()) ?? "";
      context.report({
        message: msg5.indentedProse({
          line: code.position.start.line,
          head: [...first.trim()].slice(0, 12).join("")
        }),
        place: code.position,
        value: first.trim(),
        hint: msg5.indentedProseHint({ full: full ? 1 : 0 }),
        ...fix ? { fix, moreFixes } : {}
      });
    }
  }
});

// src/lint/rules/markdown-headings.ts
var { msg: msg6 } = lintStructureMessages;
function headings(node, out = []) {
  for (const child of node.children) {
    if (child.type === "heading") out.push(child);
    else if ("children" in child) headings(child, out);
  }
  return out;
}
var text = (nodes) => nodes.map(
  (n) => "value" in n && n.type !== "html" ? n.value : "children" in n ? text(n.children) : ""
).join("");
var headingSkip = defineLintRule({
  id: "markdown/heading-skip",
  severity: "info",
  fixable: false,
  docs: {
    description: "A heading more than one level below the heading before it (`##` followed by `####`).",
    rationale: "Themes size headings by level: a skipped level makes a sub-heading look unrelated to its section, and the outline reads wrong.",
    bad: "## \u4E00\u3001\u80CC\u666F\n\n#### \u76EE\u6807",
    good: "## \u4E00\u3001\u80CC\u666F\n\n### \u76EE\u6807"
  },
  check(context) {
    let previous;
    for (const h of headings(context.tree)) {
      if (previous !== void 0 && h.depth > previous + 1)
        context.report({
          message: msg6.headingSkip({ from: previous, to: h.depth }),
          place: h.position,
          value: "#".repeat(h.depth),
          hint: msg6.headingSkipHint({ level: "#".repeat(previous + 1) })
        });
      previous = h.depth;
    }
  }
});
var headingColon = defineLintRule({
  id: "markdown/heading-colon",
  severity: "info",
  fixable: false,
  docs: {
    description: "A heading that ends with a colon (`\uFF1A` or `:`).",
    rationale: "A heading names a section; a colon at its end makes it read like the first half of a sentence, and Chinese style guides leave it out.",
    bad: "#### \u76EE\u6807\uFF1A",
    good: "#### \u76EE\u6807"
  },
  check(context) {
    for (const h of headings(context.tree)) {
      const value = text(h.children).replace(/\s*\{#[^}]*\}\s*$/, "").trim();
      if (!/[：:]$/.test(value)) continue;
      context.report({
        message: msg6.headingColon({ heading: value }),
        place: h.position,
        value,
        hint: msg6.headingColonHint({ fixed: value.replace(/\s*[：:]$/, "") })
      });
    }
  }
});

// src/lint/rules/digest-missing.ts
var { msg: msg7 } = lintRuleMessages;
function blank(field) {
  const text2 = field.sourceText;
  return text2 !== void 0 && (text2.trim() === "" || /^(?:~|null|Null|NULL)$/.test(text2));
}
var WIDE2 = "\\u3000-\\u9fff\\uf900-\\uffef";
var JOINED = new RegExp(
  `(?<=[${WIDE2}])[ \\t]*\\n[ \\t]*(?=[${WIDE2}])|(?<=[\uFF0C\u3002\uFF01\uFF1F\uFF1B\uFF1A\u3001\uFF09\u300D\u300F\u201D\u2026])\\s*\\n\\s*(?=[${WIDE2}])`,
  "g"
);
var flowed = (text2) => text2.replace(JOINED, "").replace(/\s+/g, " ").trim();
var digestMissing = defineLintRule({
  id: "length/digest-missing",
  severity: "info",
  fixable: false,
  docs: {
    description: 'Without a `digest` (or with one left blank, e.g. `digest:` or `digest: ""`), the digest is the first 54 characters of the body text as readers see it, headings and captions included, without footnote markers; the finding quotes them, and `publish` sends them (WeChat would keep `[1]` markers).',
    rationale: "The digest is the second line of the share card; a written one usually works better.",
    bad: "(no digest)",
    good: "digest: \u4E00\u53E5\u8BDD\u8BF4\u6E05\u8FD9\u7BC7\u6587\u7AE0"
  },
  check: (context) => {
    const { article } = context;
    if (article.brokenFrontmatter || article.frontmatter.digest !== void 0) return;
    const field = article.fields.find((f) => f.key === "digest");
    if (field && !blank(field)) return;
    const preview = [...flowed(readerText(context.tree))].slice(0, 54).join("");
    if (preview === "") return;
    context.report({
      message: field ? msg7.digestBlank({ preview }) : msg7.digestMissing({ preview }),
      place: field ? field.keyPosition : article.block,
      value: preview,
      ...field ? { field: "digest" } : {},
      hint: field ? msg7.digestBlankHint() : msg7.digestMissingHint()
    });
  }
});

// src/lint/rules/clickbait-words.ts
var PHRASES = [
  "\u9707\u60CA",
  "\u5FC5\u770B",
  "99% \u7684\u4EBA\u90FD\u4E0D\u77E5\u9053",
  "99%\u7684\u4EBA\u90FD\u4E0D\u77E5\u9053",
  "\u4E0D\u8F6C\u4E0D\u662F\u4E2D\u56FD\u4EBA",
  "\u5220\u524D\u901F\u770B",
  "\u7D27\u6025\u901A\u77E5",
  "\u4E07\u4E07\u6CA1\u60F3\u5230",
  "\u770B\u5B8C\u6C89\u9ED8",
  "\u592A\u53EF\u6015\u4E86"
];
var OPENS = String.raw`(?<=^|[！!？?：:，,、\s【\[「『“|｜])`;
var JUST_NOW = String.raw`${OPENS}刚刚(?=[！!，,：:、\s])`;
var BIG_NEWS = String.raw`${OPENS}重磅(?=[！!，,：:、\s】\]」』”|｜]|消息|通知|来袭|官宣)`;
var HURRY = String.raw`(?<![迅加快急火飞神光高低减匀全超极变车风时提转流声])速(?:看|来(?=$|[！!。.，,？?～~…\s]|围观|报名|抢|领|看|参加|参与))`;
var literal = (s) => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
function clickbaitPattern() {
  return new RegExp([...PHRASES.map(literal), JUST_NOW, BIG_NEWS, HURRY].join("|"));
}

// src/lint/rules/quoted-speech.ts
var PAIRS = [
  ["\u201C", "\u201D"],
  ["\u300C", "\u300D"]
];
var REACH = 200;
function between(text2, start, end) {
  const before = text2.slice(Math.max(0, start - REACH), start);
  const after = text2.slice(end, end + REACH);
  return PAIRS.some(([open, close]) => {
    if (before.lastIndexOf(open) <= before.lastIndexOf(close)) return false;
    const shut = after.indexOf(close);
    const next = after.indexOf(open);
    return shut >= 0 && (next < 0 || shut < next);
  });
}
function quoted(context, segment, start, end) {
  if (segment.where !== "body") return false;
  if (between(segment.text, start, end)) return true;
  const markdown = context.article.markdown;
  const from = sourceOffset(segment, start);
  const to = sourceOffset(segment, end, true);
  if (!markdown || markdown.slice(from, to) !== segment.text.slice(start, end)) return false;
  const lo = Math.max(0, from - REACH);
  const head = markdown.slice(lo, from);
  const tail = markdown.slice(to, to + REACH);
  const cutHead = head.lastIndexOf("\n\n");
  const cutTail = tail.indexOf("\n\n");
  const para = head.slice(cutHead + 1) + markdown.slice(from, to) + (cutTail < 0 ? tail : tail.slice(0, cutTail));
  const at2 = head.length - (cutHead + 1);
  return between(para, at2, at2 + (to - from));
}

// src/lint/rules/title-rules.ts
var { msg: msg8 } = lintRuleMessages;
var titleLength = defineLintRule({
  id: "title/max-length",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Titles wider than `limits.titleWarn` (32) Chinese characters are cut off in chat lists (a Latin letter, digit or space counts half); above `titleMax` (64) characters is an error of the content stage.",
    rationale: "Most readers only see the first line of the card in the chat list.",
    bad: "title: \u4E00\u4E2A\u975E\u5E38\u975E\u5E38\u957F\u2026\u2026\uFF0840 \u5B57\uFF09",
    good: "title: \u4E8C\u5341\u5B57\u4EE5\u5185\u7684\u6807\u9898"
  },
  check: (context) => {
    const { article } = context;
    const title = article.frontmatter.title;
    const warn = typeof context.options.max === "number" ? context.options.max : 32;
    const field = article.fields.find((f) => f.key === "title");
    if (!title || !field) return;
    const n = codePoints(title);
    if (chatListWidth(title) > warn && n <= 64) {
      context.report({
        message: msg8.titleLength({ n, max: warn }),
        place: field.valuePosition,
        value: title,
        field: "title",
        hint: msg8.titleLengthHint({ max: warn })
      });
    }
  }
});
function chatListWidth(text2) {
  let width2 = 0;
  for (const c of text2) width2 += c >= " " && c <= "~" ? 0.5 : 1;
  return Math.ceil(width2);
}
var titlePunctuation = defineLintRule({
  id: "title/punctuation",
  severity: "warning",
  fixable: false,
  docs: {
    description: "No repeated exclamation or question marks (`\uFF01\uFF01`, `\uFF1F\uFF1F`) and no trailing full stop in titles; a single trailing `\uFF01` or `\uFF1F` is fine.",
    rationale: "Titles like \u300C\u592A\u68D2\u4E86\uFF01\uFF01\uFF01\u300D read as spam and are folded by some clients.",
    bad: "title: \u65B0\u7248\u672C\u53D1\u5E03\u4E86\uFF01\uFF01\uFF01",
    good: "title: \u65B0\u7248\u672C\u53D1\u5E03\u4E86\uFF01"
  },
  check: (context) => reportMatches(context, {
    where: ["title"],
    pattern: /[！!？?]{2,}|[。.]$/,
    message: (m) => msg8.titlePunct({ value: m[0], repeated: m[0].length > 1 ? 1 : 0 }),
    hint: () => msg8.titlePunctHint()
  })
});
var titleClickbait = defineLintRule({
  id: "title/clickbait",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Clickbait patterns in titles (\u9707\u60CA, \u5FC5\u770B, 99% \u7684\u4EBA\u90FD\u4E0D\u77E5\u9053 \u2026); \u521A\u521A and \u91CD\u78C5 only as the breaking-news opener (`\u91CD\u78C5\uFF01`, not \u91CD\u78C5\u70B8\u5F39), \u901F\u770B and \u901F\u6765 only as the call to hurry (`\u540D\u989D\u6709\u9650\u901F\u6765\uFF01`, not \u8FC5\u901F\u6765\u5230).",
    rationale: "WeChat\u2019s rules against \u6807\u9898\u515A can limit an article\u2019s reach or get it removed.",
    bad: "title: \u9707\u60CA\uFF0199% \u7684\u4EBA\u90FD\u4E0D\u77E5\u9053",
    good: "title: \u4E00\u4E2A\u5C11\u6709\u4EBA\u77E5\u9053\u7684 Git \u6280\u5DE7"
  },
  check: (context) => reportMatches(context, {
    where: ["title"],
    pattern: clickbaitPattern(),
    message: (m) => msg8.clickbait({ value: m[0], where: "title" }),
    hint: () => msg8.clickbaitHint()
  })
});
var ABSOLUTE = /最佳|最好|最强|最大|最新|最先进|最低价|最便宜|最优惠?|最高级|第一|唯一|首个|国家级|世界级|顶级|极品|极致|绝对|100%|万能|史上/;
var NORMAL_TERM = new RegExp(
  "^(?:" + [
    // an ordinal: 第一 and a measure or time word (第一杯咖啡, 第一天); not 第一名, a ranking
    "\u7B2C\u4E00(?:[\u96F6\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4E24]|\u90E8\u5206|\u9636\u6BB5|\u5B63\u5EA6|\u6B21|\u5929|\u65E5|\u665A|\u591C|\u5C0F\u65F6|\u5206\u949F|\u79D2|\u6B65|\u7BC7|\u671F|\u7AE0|\u8282|\u573A|\u5C4A|\u5468|\u5B63|\u96C6|\u5E74|\u6708|\u4E2A|\u8BB2|\u8BFE|\u56DE|\u9875|\u884C|\u5217|\u8F6E|\u7248|\u5377|\u518C|\u6761|\u6BB5|\u5C42|\u5173|\u53E5|\u4EE3|\u90E8|\u4F4D|\u6279|\u4EFB|\u676F|\u7897|\u53E3|\u4EFD|\u5F20|\u9996|\u4EF6|\u5C01|\u672C|\u904D|\u8D9F|\u7AD9|\u773C|\u4F5C\u8005|\u4EBA\u79F0|\u89C6\u89D2|\u5370\u8C61|\u53CD\u5E94|\u611F\u89C9|\u65F6\u95F4|\u624B)",
    "\u7B2C\u4E00\u6027",
    "\u6700\u4F73\u5B9E\u8DF5",
    // official designations, facts rather than claims
    "\u56FD\u5BB6\u7EA7(?:\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A|\u9AD8\u65B0\u6280\u672F\u4EA7\u4E1A\u5F00\u53D1\u533A|\u9AD8\u65B0\u533A|\u975E\u7269\u8D28\u6587\u5316\u9057\u4EA7|\u975E\u9057|\u81EA\u7136\u4FDD\u62A4\u533A|\u98CE\u666F\u540D\u80DC\u533A|\u65B0\u533A|\u7ECF\u6D4E\u6280\u672F\u5F00\u53D1\u533A|\u7ECF\u5F00\u533A|\u4E13\u7CBE\u7279\u65B0)",
    "\u9996\u9009\u9879",
    "\u552F\u4E00(?:\u7D22\u5F15|\u952E|\u7EA6\u675F|\u6807\u8BC6|\u4E3B\u952E|\u503C|\u6027|ID|id|\u786E\u5B9A|\u5BF9\u5E94)",
    "\u552F\u4E00(?:\u7684)?(?:\u5171\u540C\u70B9|\u76F8\u540C\u70B9|\u533A\u522B|\u4E0D\u540C|\u5DEE\u522B|\u5DEE\u5F02|\u4F8B\u5916|\u7F3A\u70B9|\u4E0D\u8DB3|\u9057\u61BE|\u95EE\u9898|\u529E\u6CD5|\u65B9\u6CD5|\u9014\u5F84|\u6761\u4EF6|\u8981\u6C42|\u9650\u5236|\u539F\u56E0|\u7406\u7531|\u7EBF\u7D22|\u89E3\u91CA|\u53EF\u80FD|\u53D8\u5316|\u6539\u52A8|\u51FA\u8DEF|\u7B54\u6848|\u76EE\u7684|\u4F9D\u636E|\u6765\u6E90|\u5E78\u5B58\u8005|\u4EB2\u4EBA|\u5B69\u5B50|\u513F\u5B50|\u5973\u513F)",
    "\u552F\u4E00\u4E00\u6B21",
    // 绝对化用语 names the kind of term this rule is about
    "\u7EDD\u5BF9(?:\u5316|\u8DEF\u5F84|\u503C|\u5B9A\u4F4D|\u5730\u5740|\u5F15\u7528|\u5750\u6807|\u8BEF\u5DEE|\u9519\u8BEF|\u504F\u5DEE|\u6570\u503C|\u6570\u91CF|\u6E29\u5EA6|\u96F6\u5EA6|\u6E7F\u5EA6|\u538B\u529B|\u538B\u5F3A|\u661F\u7B49|\u591A\u6570)",
    "\u9876\u7EA7(?:\u57DF\u540D|\u57DF|\u4F5C\u7528\u57DF|\u6A21\u5757|\u5BF9\u8C61|\u76EE\u5F55|await|\u51FD\u6570|\u8282\u70B9|\u5143\u7D20)",
    "\u6700(?:\u5927|\u5C0F)(?:\u516C\u7EA6\u6570|\u516C\u56E0\u6570|\u516C\u500D\u6570|\u503C|\u5316|\u5806|\u957F\u5EA6|\u5BBD\u5EA6|\u9AD8\u5EA6|\u8FDE\u63A5\u6570|\u5E76\u53D1\u6570|\u6DF1\u5EA6|\u5B50|\u6D41|\u4F3C\u7136|\u5339\u914D|\u6743\u91CD|\u8DEF\u5F84|\u751F\u6210\u6811|\u5143\u7D20)"
  ].join("|") + ")"
);
var titleAbsoluteTerms = defineLintRule({
  id: "title/absolute-terms",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Absolute terms restricted by the Advertising Law (\u6700, \u7B2C\u4E00, \u56FD\u5BB6\u7EA7, \u7EDD\u5BF9 \u2026) in titles and digests, with allow-contexts: ordinals (\u7B2C\u4E00\u6B65, \u7B2C\u4E00\u5929, \u7B2C\u4E00\u676F; not the ranking \u7B2C\u4E00\u540D), technical compounds (\u552F\u4E00\u7D22\u5F15, \u7EDD\u5BF9\u8DEF\u5F84 \u2026) and the name \u7EDD\u5BF9\u5316\u7528\u8BED itself.",
    rationale: "Article 9 of the PRC Advertising Law forbids superlatives in promotional content; \u516C\u4F17\u53F7 posts about products count.",
    bad: "title: \u53F2\u4E0A\u6700\u5F3A\u7684\u7B14\u8BB0\u5E94\u7528",
    good: "title: \u4E00\u6B3E\u5B89\u9759\u7684\u7B14\u8BB0\u5E94\u7528"
  },
  check: (context) => reportMatches(context, {
    where: ["title", "digest"],
    pattern: ABSOLUTE,
    skip: (m, segment) => NORMAL_TERM.test(segment.text.slice(m.index, m.index + 12)),
    message: (m) => msg8.absoluteTerm({ value: m[0] }),
    hint: () => msg8.absoluteHint({ rule: "title/absolute-terms" })
  })
});
var BODY_ABSOLUTE = /国家级|世界级|最高级|最佳|最先进|顶级|极品|极致|第一品牌|(?:销量|全网|行业|全国|全球)第一|(?:全网|行业|全国|全球|市面上|效果|品质|质量|口碑|性价比)最(?:好|强|优|低价?|便宜)|NO\.1|TOP1|史无前例|史上最|万能|绝对|唯一|首个|首家|首选|独家|100%有效/i;
var bodyAbsoluteTerms = defineLintRule({
  id: "body/absolute-terms",
  severity: "warning",
  fixable: false,
  docs: {
    description: "Absolute terms restricted by the Advertising Law that are claims in any context (\u56FD\u5BB6\u7EA7, \u6700\u4F73, \u7B2C\u4E00\u54C1\u724C, \u53F2\u4E0A\u6700, \u7EDD\u5BF9, \u552F\u4E00 \u2026) in the body, with the same allow-contexts as `title/absolute-terms` (\u552F\u4E00\u7D22\u5F15, \u7EDD\u5BF9\u8DEF\u5F84, \u7EDD\u5BF9\u9519\u8BEF\u6570, \u9876\u7EA7\u57DF\u540D, \u6700\u4F73\u5B9E\u8DF5, \u7EDD\u5BF9\u5316\u7528\u8BED \u2026) and official designations (\u56FD\u5BB6\u7EA7\u9AD8\u65B0\u6280\u672F\u4F01\u4E1A, \u56FD\u5BB6\u7EA7\u975E\u7269\u8D28\u6587\u5316\u9057\u4EA7, \u56FD\u5BB6\u7EA7\u81EA\u7136\u4FDD\u62A4\u533A \u2026); statements of fact (`\u552F\u4E00\u7684\u5171\u540C\u70B9`, `\u552F\u4E00\u7684\u533A\u522B`, `\u552F\u4E00\u4E00\u6B21`) are not reported. An article that advertises nothing turns it off with `lint: { body/absolute-terms: off }`.",
    rationale: "Article 9 of the PRC Advertising Law applies to the whole of a promotional post, not only its title.",
    bad: "\u672C\u4EA7\u54C1\u6548\u679C\u6700\u597D\uFF0C\u7EDD\u5BF9\u5B89\u5168\u3002",
    good: "\u672C\u4EA7\u54C1\u5728\u6D4B\u8BD5\u4E2D\u628A\u8017\u65F6\u964D\u4F4E\u4E86 30%\u3002"
  },
  check: (context) => reportMatches(context, {
    where: ["body", "slogan"],
    pattern: BODY_ABSOLUTE,
    skip: (m, segment) => NORMAL_TERM.test(segment.text.slice(m.index, m.index + 12)),
    message: (m) => msg8.absoluteTerm({ value: m[0] }),
    hint: () => msg8.absoluteHint({ rule: "body/absolute-terms" })
  })
});
var bodyClickbait = defineLintRule({
  id: "body/clickbait",
  severity: "warning",
  fixable: false,
  docs: {
    description: "The clickbait wording of `title/clickbait` (\u9707\u60CA, \u5FC5\u770B, \u5220\u524D\u901F\u770B \u2026) in the body; not inside quotation marks (`\u4ED6\u8BF4\u81EA\u5DF1\u201C\u975E\u5E38\u9707\u60CA\u201D`), where it is quoted speech.",
    rationale: "WeChat\u2019s rules against \u6807\u9898\u515A also cover bodies that stir up alarm to make readers share.",
    bad: "\u9707\u60CA\uFF01\u5220\u524D\u901F\u770B",
    good: "\u8FD9\u4E2A\u53D8\u5316\u503C\u5F97\u4E86\u89E3"
  },
  check: (context) => reportMatches(context, {
    where: ["body", "slogan"],
    pattern: clickbaitPattern(),
    // quoted speech (`他说自己“非常震惊”`) reports what someone said; it is not the writer's hook
    skip: (m, segment) => quoted(context, segment, m.index, m.index + m[0].length),
    message: (m) => msg8.clickbait({ value: m[0], where: "body" }),
    hint: () => msg8.clickbaitHint()
  })
});

// src/lint/rules/number-units.ts
var { msg: msg9 } = lintMessages;
var FULLWIDTH_PERCENT = /(?<=[0-9\uff10-\uff19])％/;
var UNIT_SPACE = /(?<![0-9.])([0-9]+(?:\.[0-9]+)?) +(%|‰|℃|℉|°[CF]?)(?![0-9A-Za-z])/;
var HAN3 = /[\u3400-\u9fff\uf900-\ufaff]/;
function reportFullwidthPercent(context) {
  reportMatches(context, {
    pattern: FULLWIDTH_PERCENT,
    message: (m) => msg9.fullwidthAlnum({ before: m[0] }),
    // `５０％的` → `50% 的`: the space autocorrect would put after the half-width sign, in the same pass
    replace: (m, segment) => HAN3.test(segment.text.charAt(m.index + 1)) ? "% " : "%"
  });
}
function reportUnitSpace(context) {
  reportMatches(context, {
    pattern: UNIT_SPACE,
    skip: (_, segment) => !HAN3.test(segment.text),
    message: (m) => msg9.spacingUnit({ before: m[0] }),
    replace: (m) => `${m[1]}${m[2]}`
  });
}
var DATE = /(?:\d{2,4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|\d{2,4}年(?:\d{1,2}月)?|\d{1,2}月/g;
function dateTest(text2) {
  const spans = [...text2.matchAll(DATE)].map((m) => [m.index, m.index + m[0].length]);
  return (at2) => spans.some(([start, end]) => start < at2 && at2 < end);
}

// src/lint/markup-boundaries.ts
var CODE = "\0";
var BLOCKS = /* @__PURE__ */ new Set(["paragraph", "heading", "tableCell"]);
var memo = /* @__PURE__ */ new WeakMap();
function markupNeighbours(tree, prose) {
  let result = memo.get(prose);
  if (result) return result;
  result = /* @__PURE__ */ new Map();
  const byOffset = /* @__PURE__ */ new Map();
  for (const s of prose) if (s.where === "body" && !s.html) byOffset.set(s.offset, s);
  const visit = (node) => {
    for (const child of node.children) {
      if (BLOCKS.has(child.type)) block(child, byOffset, result);
      else if ("children" in child) visit(child);
    }
  };
  visit(tree);
  memo.set(prose, result);
  return result;
}
function block(node, byOffset, out) {
  const leaves = [];
  const walk = (parent) => {
    for (const child of parent.children) {
      if (child.type === "text") {
        const offset = child.position?.start.offset;
        const segment = offset === void 0 ? void 0 : byOffset.get(offset);
        leaves.push(segment ? { text: child.value, segment } : { text: child.value });
      } else if (child.type === "inlineCode" || child.type === "inlineMath") leaves.push({ text: CODE });
      else if (child.type === "break") leaves.push({ text: "\n" });
      else if (child.type === "image" || child.type === "imageReference") leaves.push({ text: " " });
      else if ("children" in child) walk(child);
    }
  };
  walk(node);
  leaves.forEach((leaf, i) => {
    if (!leaf.segment) return;
    let before = "";
    for (let j = i - 1; j >= 0 && before === ""; j--) before = leaves[j].text.slice(-1);
    let after = "";
    for (let j = i + 1; j < leaves.length && after === ""; j++) after = leaves[j].text.charAt(0);
    out.set(leaf.segment, { before, after });
  });
}

// src/lint/rules/boundary-punctuation.ts
var HAN4 = /[\u3400-\u9fff\uf900-\ufaff]/;
var CLOSE = /[”’」』》）】)\]]/;
var OPEN = /[《「『“‘（【]/;
var STRAIGHT = /["']/;
var LATIN = /[A-Za-z0-9%]/;
var FULL = { ",": "\uFF0C", ";": "\uFF1B", ":": "\uFF1A", "?": "\uFF1F", "!": "\uFF01", ".": "\u3002" };
var MARKS = /[,;:?!.]/g;
var CLOSE_FULL = /[”’」』》）】]/;
var TIME = /\d{1,2}:\d{2}/y;
var LETTER = /[A-Za-z]/;
var LIST = Object.fromEntries(
  Object.keys(FULL).map((mark) => [mark, new RegExp(`[\\u3400-\\u9fff]+\\${mark}[A-Za-z]`, "y")])
);
var at = (pattern, t, index) => {
  pattern.lastIndex = index;
  return pattern.test(t);
};
var WORD_AFTER_HAN = /[\u3400-\u9fff\uf900-\ufaff] ?(?:[A-Za-z][A-Za-z0-9]*|(?:[A-Za-z][A-Za-z0-9]* )?[0-9]+(?:\.[0-9]+)*%?)$/;
var MACRO = /(?:^|[^A-Za-z0-9_])(?:[a-z][a-z0-9]*_[a-z0-9_]*|e?print(?:ln)?|format|vec|panic|assert|write(?:ln)?|todo|unimplemented|unreachable|matches|select|join|dbg|concat|stringify|include_str|include_bytes|env|cfg|json|html|quote|pin)$/;
var ABBREVIATION = /(?:^|[^A-Za-z])(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs|No|Mr|Mrs|Ms|Dr|Prof|Fig|Vol|Ed)$/i;
function endsSentence(t, i, after) {
  const atEnd = i === t.length - 1;
  if (!(atEnd ? after === "" : t[i + 1] === "\n")) return false;
  const head = t.slice(Math.max(0, i - 40), i);
  return WORD_AFTER_HAN.test(head) && !(t[i] === "." && ABBREVIATION.test(head)) && !(t[i] === "!" && MACRO.test(head));
}
var CHINESE_BEFORE_QUOTE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/;
function periodAfterQuote(t, i, before, after) {
  const prev = i > 0 ? t[i - 1] : before;
  const quoted3 = i > 1 ? t[i - 2] : i === 1 ? before.slice(-1) : "";
  const atEnd = i === t.length - 1;
  const next = atEnd ? after : t[i + 1];
  const chinese = CHINESE_BEFORE_QUOTE.test(quoted3) || quotedInChinese(t, i - 1);
  const closes = CLOSE_FULL.test(prev) || STRAIGHT.test(prev) && chinese;
  if (!closes) return false;
  if (HAN4.test(next)) return true;
  const lineEnd = atEnd ? after === "" : next === "\n";
  return lineEnd && chinese;
}
var OPENING = { "\u201D": "\u201C", "\u2019": "\u2018", '"': '"', "'": "'" };
function quotedInChinese(t, q) {
  const open = q >= 0 ? OPENING[t[q]] : void 0;
  const at2 = open === void 0 ? -1 : t.lastIndexOf(open, q - 1);
  return at2 > 0 && CHINESE_BEFORE_QUOTE.test(t[at2 - 1]);
}
function bangEndsClause(t, i, before) {
  const word = /[A-Za-z0-9_]+$/.exec(i > 0 ? t.slice(0, i) : before)?.[0] ?? "";
  return /^[0-9]+$/.test(word) || /[A-Z]/.test(word) && !word.includes("_");
}
function isChineseMark(t, i, before, after) {
  const mark = t[i];
  const prev = i > 0 ? t[i - 1] : before;
  const atEnd = i === t.length - 1;
  const next = atEnd ? after : t[i + 1];
  if (/[.?!]/.test(mark) && endsSentence(t, i, after)) return true;
  if (mark === ".") return periodAfterQuote(t, i, before, after);
  if (mark === "!" && /\w/.test(prev) && HAN4.test(next) && !bangEndsClause(t, i, before)) return false;
  if (mark === ":" && (t.startsWith("//", i + 1) || at(TIME, t, i + 1) || /\d$/.test(prev))) return false;
  if (mark === ":" && (i > 0 ? LETTER.test(t[i - 1]) && (i === 1 || !LETTER.test(t[i - 2])) : /(?:^|[^A-Za-z])[A-Za-z]$/.test(before)))
    return false;
  if (i === 0 && (HAN4.test(prev) || CLOSE.test(prev)) && !/\s/.test(next)) return true;
  if (i === 0 && prev === CODE && HAN4.test(next)) return true;
  if (atEnd && HAN4.test(next) && (HAN4.test(prev) || LATIN.test(prev) || CLOSE.test(prev))) return true;
  const endsLine = next === "\n" || atEnd && after === "";
  if (HAN4.test(prev) && /[,;:]/.test(mark) && endsLine) return true;
  if (CLOSE.test(prev) && /[,;:]/.test(mark) && endsLine && i > 1 && HAN4.test(t[i - 2])) return true;
  if (CLOSE.test(prev) && HAN4.test(next)) return true;
  if (CLOSE_FULL.test(prev) && /[,;]/.test(mark) && (OPEN.test(next) || LATIN.test(next))) return true;
  if (HAN4.test(prev) && OPEN.test(next)) return true;
  if (i > 0 && STRAIGHT.test(prev) && HAN4.test(next)) return true;
  if (!atEnd && HAN4.test(prev) && STRAIGHT.test(next)) return true;
  const list = LIST[mark] ?? new RegExp(`[\\u3400-\\u9fff]+\\${mark}[A-Za-z]`, "y");
  return LATIN.test(prev) && HAN4.test(next) && i > 0 && !at(list, t, i + 1);
}
function convertedMark(context) {
  let neighbours;
  return (segment, i) => {
    if (!/[,;:?!.]/.test(segment.text.charAt(i))) return false;
    neighbours ??= markupNeighbours(context.tree, context.prose);
    const nb = neighbours.get(segment) ?? { before: "", after: segment.where === "body" ? CODE : "" };
    return isChineseMark(segment.text, i, nb.before, nb.after);
  };
}
function reportBoundaryPunctuation(context, taken) {
  const neighbours = markupNeighbours(context.tree, context.prose);
  for (const segment of context.prose) {
    const t = segment.text;
    if (!/[,;:?!]|[”’」』》）】"']\.|^\.|\.(?:\n|$)/.test(t)) continue;
    const nb = neighbours.get(segment) ?? { before: "", after: segment.where === "body" ? CODE : "" };
    if (!HAN4.test(t) && !HAN4.test(nb.before) && !HAN4.test(nb.after)) continue;
    for (const m of t.matchAll(MARKS)) {
      const i = m.index;
      if (t[i] === "." && !CLOSE_FULL.test(i > 0 ? t[i - 1] : nb.before) && !STRAIGHT.test(i > 0 ? t[i - 1] : nb.before) && !(t[i + 1] === "\n" || i === t.length - 1))
        continue;
      if (taken(segment, i) || !isChineseMark(t, i, nb.before, nb.after)) continue;
      const left = i > 0 ? /[A-Za-z0-9]{1,24}$/.exec(t.slice(0, i))?.[0] ?? t[i - 1] : nb.before === CODE ? "" : nb.before;
      const right = i < t.length - 1 ? t[i + 1] : nb.after === CODE ? "" : nb.after;
      const before = left + t[i] + right;
      const fixed = left + FULL[t[i]] + right;
      context.report({
        message: lintMessages.msg.halfWidthPunct({ before }),
        place: context.locate(segment, i, i + 1),
        value: before,
        hint: lintMessages.msg.write({ text: fixed }),
        ...segment.where !== "body" ? { field: segment.where } : {},
        fix: { segment, start: i, end: i + 1, text: FULL[t[i]] }
      });
    }
  }
}

// src/lint/rules/autocorrect-hunks.ts
import { format, lintFor } from "autocorrect-node";

// src/lint/rules/may-autocorrect.ts
var CJK2 = "\\u2e80-\\u2fdf\\u3040-\\u30ff\\u3100-\\u312f\\u3190-\\u31ff\\u3200-\\u32ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff61-\\uff9f";
var FULL2 = "\\u2018-\\u201f\\u3000-\\u303f\\uff00-\\uffef";
var ASCII = "\\x21-\\x7e";
var HAS_CJK = new RegExp(`[${CJK2}]`);
var CHANGES_WITH_CJK = new RegExp(
  `[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a!-/:-@[-\`{-~\\u3000]|[${CJK2}][${ASCII}]|[${ASCII}][${CJK2}]|\\s[${FULL2}]|[${FULL2}]\\s|[${ASCII}][${FULL2}][${ASCII}]`
);
var CHANGES_WITHOUT_CJK = new RegExp(`[${FULL2}]`);
function mayAutocorrect(text2) {
  return HAS_CJK.test(text2) ? CHANGES_WITH_CJK.test(text2) : CHANGES_WITHOUT_CJK.test(text2);
}

// src/core/common-ends.ts
function commonEnds(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail++;
  return { head, tail };
}

// src/lint/diff-anchored.ts
var HAN5 = /[\u3400-\u9fff\uf900-\ufaff]/g;
var SHORT2 = 2e3;
var MAX_EDITS = 100;
function diffAnchored(before, after, work) {
  if (before.length + after.length < SHORT2) {
    if (work) work.compared += before.length * after.length;
    return diffChars(before, after);
  }
  const anchorsA = [...before.matchAll(HAN5)];
  const anchorsB = [...after.matchAll(HAN5)];
  const same = anchorsA.length === anchorsB.length && anchorsA.every((m, k) => m[0] === anchorsB[k][0]);
  if (!same) return diffStretch(before, after, work);
  const parts = [];
  const keep = (value) => {
    if (value === "") return;
    const last = parts[parts.length - 1];
    if (last && !last.added && !last.removed) last.value += value;
    else parts.push({ value });
  };
  let i = 0;
  let j = 0;
  for (let k = 0; k <= anchorsA.length; k++) {
    const endA = k < anchorsA.length ? anchorsA[k].index : before.length;
    const endB = k < anchorsB.length ? anchorsB[k].index : after.length;
    const a = before.slice(i, endA);
    const b = after.slice(j, endB);
    if (a === b) {
      if (work) work.compared += 1;
      keep(a);
    } else
      for (const part of diffStretch(a, b, work))
        part.added || part.removed ? parts.push(part) : keep(part.value);
    if (k < anchorsA.length) keep(anchorsA[k][0]);
    i = endA + (k < anchorsA.length ? anchorsA[k][0].length : 0);
    j = endB + (k < anchorsB.length ? anchorsB[k][0].length : 0);
  }
  return parts;
}
function diffStretch(a, b, work) {
  const size = a.length + b.length;
  if (size < SHORT2) {
    if (work) work.compared += Math.max(1, a.length * b.length);
    return diffChars(a, b);
  }
  if (work) work.compared += size * MAX_EDITS;
  return diffChars(a, b, { maxEditLength: MAX_EDITS }) ?? replaceMiddle(a, b);
}
function replaceMiddle(a, b) {
  let { head, tail } = commonEnds(a, b);
  if (head > 0 && /[\ud800-\udbff]/.test(a.charAt(head - 1))) head--;
  if (tail > 0 && /[\udc00-\udfff]/.test(a.charAt(a.length - tail))) tail--;
  const parts = [];
  if (head > 0) parts.push({ value: a.slice(0, head) });
  if (a.length - tail > head) parts.push({ value: a.slice(head, a.length - tail), removed: true });
  if (b.length - tail > head) parts.push({ value: b.slice(head, b.length - tail), added: true });
  if (tail > 0) parts.push({ value: a.slice(a.length - tail) });
  return parts;
}

// src/lint/rules/twin-marks.ts
var TWIN = { ",": "\uFF0C", ".": "\u3002", ":": "\uFF1A", ";": "\uFF1B", "!": "\uFF01", "?": "\uFF1F" };
var HALF_OF = Object.fromEntries(Object.entries(TWIN).map(([h, f]) => [f, h]));
var MARK = /[,.:;!?，。：；！？…]/;
var PAIR = /[,.:;!?][ \t]*[，。：；！？]|[，。：；！？][ \t]*[,.:;!?]/g;
function findTwins(text2) {
  const twins = [];
  for (const m of text2.matchAll(PAIR)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = m[0][0];
    const last = m[0][m[0].length - 1];
    const halfFirst = first in TWIN;
    if ((halfFirst ? TWIN[first] : HALF_OF[first]) !== last) continue;
    if (MARK.test(text2.charAt(start - 1)) || MARK.test(text2.charAt(end))) continue;
    const half = halfFirst ? start : end - 1;
    const before = text2.charAt(half - 1);
    const after = text2.charAt(half + 1);
    if (first === "." && /[A-Za-z0-9]/.test(before)) continue;
    if (!halfFirst && /[A-Za-z0-9/]/.test(after)) continue;
    if (first === ":" && /\d/.test(before)) continue;
    twins.push({ start, end, half });
  }
  return twins;
}
function maskTwins(text2, twins) {
  if (twins.length === 0) return text2;
  let out = "";
  let pos = 0;
  for (const t of twins) {
    out += text2.slice(pos, t.half) + TWIN[text2.charAt(t.half)];
    pos = t.half + 1;
  }
  return out + text2.slice(pos);
}

// src/lint/rules/autocorrect-hunks.ts
var CJK3 = "\\u3400-\\u9fff\\uf900-\\ufaff";
var BRACKETS = new RegExp(`\\(([^()]*[${CJK3}][^()]*)\\)`, "g");
function autocorrectHunks(text2) {
  const twins = findTwins(text2);
  if (twins.length === 0) return formatHunks(text2);
  const hunks = formatHunks(maskTwins(text2, twins)).filter(
    (h) => !twins.some((t) => h.start < t.end && h.end > t.start || h.start > t.start && h.start < t.end)
  );
  for (const t of twins)
    hunks.push({ start: t.half, end: t.half + 1, text: "", kind: "punctuation", twin: true });
  return hunks.sort((a, b) => a.start - b.start);
}
function formatHunks(text2) {
  if (!mayAutocorrect(text2)) return [];
  const masked = maskLatin(text2.replace(BRACKETS, "\uFF08$1\uFF09"));
  let fixed = format(masked);
  if (fixed === masked) return MARK_RUN.test(masked) ? markRuns(masked, []) : [];
  for (let pass = 0; pass < 3; pass++) {
    const again = format(fixed);
    if (again === fixed) break;
    fixed = again;
  }
  const hunks = [];
  let pos = 0;
  let pending;
  for (const part of diffAnchored(masked, fixed)) {
    if (part.added) {
      pending ??= { start: pos, end: pos, text: "", kind: "spacing" };
      pending.text += part.value;
    } else if (part.removed) {
      pending ??= { start: pos, end: pos, text: "", kind: "spacing" };
      pos += part.value.length;
      pending.end = pos;
    } else {
      if (pending) hunks.push(pending);
      pending = void 0;
      pos += part.value.length;
    }
  }
  if (pending) hunks.push(pending);
  unswap(masked, hunks);
  markRuns(masked, hunks);
  for (const h of hunks)
    h.kind = h.start === h.end && /^\s+$/.test(h.text) ? "spacing" : /^\s*$/.test(h.text) && /^\s+$/.test(masked.slice(h.start, h.end)) ? "spacing" : "punctuation";
  return hunks.filter(
    (h) => !(h.kind === "spacing" && h.start === h.end && symbolOnly(text2, h.start)) && // the ideographic space (`　　春天来了`, `14:00　签到`) is the writer's choice; autocorrect would make it ASCII
    !text2.slice(h.start, h.end).includes("\u3000") && // the space around half-width brackets around Chinese is decided with them (typography/brackets):
    // autocorrect sees them full-width here and would take the space away (`兰亭笔记 (测试版) 上线`)
    !(h.text.trim() === "" && h.start < h.end && (text2.charAt(h.end) === "(" || text2.charAt(h.start - 1) === ")"))
  );
}
var MISREAD = /(?<![\w#+/.:~-])([A-Za-z]{1,3})(#|\+\+)(?![\w#+])|(?<![\w/.:~-])([A-Za-z]+)\/(?=[A-Za-z]+(?:$|[^\w/.:~-]))/g;
var maskLatin = (text2) => text2.includes("#") || text2.includes("+") || text2.includes("/") ? text2.replace(
  MISREAD,
  (_, word, sign, left) => word !== void 0 ? word + "x".repeat(sign.length) : `${left}x`
) : text2;
var HAN_AT = new RegExp(`[${CJK3}]`);
var ALNUM_AT = /[\p{L}\p{N}]/u;
function symbolOnly(text2, at2) {
  const left = text2.charAt(at2 - 1);
  const right = text2.charAt(at2);
  const step = HAN_AT.test(left) ? 1 : HAN_AT.test(right) ? -1 : 0;
  if (step === 0) return false;
  for (let i = step === 1 ? at2 : at2 - 1; i >= 0 && i < text2.length; i += step) {
    const c = text2.charAt(i);
    if (/\s/.test(c) || HAN_AT.test(c)) return true;
    if (ALNUM_AT.test(c) && !HAN_AT.test(c)) return false;
  }
  return true;
}
var SENTENCE_END = `(?=\\n|$|[\u201D\u2019\u300D\u300F\u300B\uFF09\u3011]|"(?:$|[\\s\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF01\uFF1F]))`;
var MARK_RUN_G = new RegExp(`(?<=[${CJK3}])( *)([!?\uFF01\uFF1F]*[!?][!?\uFF01\uFF1F]*)( *)`, "g");
var ENDS = new RegExp(SENTENCE_END, "y");
var MARK_RUN = new RegExp(`[${CJK3}] *[!?\uFF01\uFF1F]*[!?]`);
var FULL3 = { "!": "\uFF01", "?": "\uFF1F", "\uFF01": "\uFF01", "\uFF1F": "\uFF1F" };
var OPERATOR = /^(?:\?\?|!!)$/;
var PARTICLE = /[吗呢吧啊呀嘛么哦哇啦了呗咯]/;
var fullWidthRun = (run2) => [...run2].map((c) => FULL3[c] ?? c).filter((c, i, all) => c !== all[i - 1]).join("").replace(/([！？])([！？])(?:\1\2)+/g, "$1$2");
function markRuns(text2, hunks) {
  const runs = [];
  for (const m of text2.matchAll(MARK_RUN_G)) {
    const [whole, before = "", marks = "", after = ""] = m;
    if (marks.length < 2) continue;
    const start = m.index;
    const toHan = HAN_AT.test(text2.charAt(start + whole.length));
    ENDS.lastIndex = start + before.length + marks.length;
    if (before && !toHan && (after || !ENDS.test(text2))) continue;
    if (before && after && OPERATOR.test(marks) && !PARTICLE.test(text2.charAt(start - 1))) continue;
    runs.push({ start, end: start + whole.length, text: fullWidthRun(marks), kind: "punctuation" });
  }
  hunks.sort((a, b) => a.start - b.start);
  let [kept, r] = [0, 0];
  for (const h of hunks) {
    while (r < runs.length && runs[r].end < h.start) r++;
    const run2 = runs[r];
    const inside = run2 && h.start >= run2.start && h.end <= run2.end && (h.start < run2.end || h.end > run2.start);
    if (!inside) hunks[kept++] = h;
  }
  hunks.length = kept;
  hunks.push(...runs);
  return hunks.sort((a, b) => a.start - b.start);
}
function unswap(text2, hunks) {
  for (let i = 0; i + 1 < hunks.length; i++) {
    const a = hunks[i];
    const b = hunks[i + 1];
    const between3 = text2.slice(a.end, b.start);
    if (!/^\s+$/.test(between3) || b.start !== b.end || a.text !== "" || a.end - a.start !== 1) continue;
    if (b.text !== text2.charAt(a.start)) continue;
    hunks[i] = { start: a.start, end: a.start, text: between3, kind: a.kind };
    hunks[i + 1] = { start: a.end, end: b.start, text: "", kind: b.kind };
  }
}

// src/lint/rules/half-width-missed.ts
var { msg: msg10 } = lintMessages;
var LATIN_WORDS = "(?:[A-Za-z0-9][A-Za-z0-9+#'\u2019-]* ){0,4}";
var HALF_WIDTH_MISSED = new RegExp(
  `([${CJK3}]):(?=["\u201C\u300C\u300E\u2018A-Za-z0-9\xA5\uFFE5$\u20AC\xA3])|(?<=[${CJK3}] ?${LATIN_WORDS})([A-Za-z][A-Za-z0-9]*[A-Za-z0-9]|[0-9]+%)\\.(?=[${CJK3}])|([${CJK3}]);(?=[${CJK3}])|([${CJK3}])\\.(?=[A-Z][a-z]+ [A-Za-z])|((?<![A-Za-z0-9])[A-Za-z0-9]+|[^\\sA-Za-z0-9]) +([,;!?])(?=[${CJK3}])|([${CJK3}]) +([!?])${SENTENCE_END}|(?<=[${CJK3}] ?)([0-9]{1,8}):(?=[${CJK3}])|([\u5417\u5462\u5427\u554A\u5440\u561B\u4E48\u54E6\u54C7\u5566\u4E86\u5457\u54AF]) +([!?]) +(?=[${CJK3}])|(?<=[${CJK3}] ?${LATIN_WORDS})([A-Za-z][A-Za-z0-9]*[A-Za-z0-9]),(?=[A-Z][A-Za-z0-9]*[A-Za-z0-9](?:[ ,][A-Za-z0-9][A-Za-z0-9+#'\u2019-]*){0,4} ?[${CJK3}])`,
  "g"
);
var FULL_WIDTH = { ",": "\uFF0C", ";": "\uFF1B", "!": "\uFF01", "?": "\uFF1F" };
var ABBREVIATION2 = /^(?:etc|Inc|Ltd|Co|Corp|Jr|Sr|St|vs|No|Mr|Mrs|Ms|Dr|Prof|Fig|Vol|Ed|al|approx|eg|ie|cf)$/i;
function reportHalfWidthMissed(context) {
  reportMatches(context, {
    pattern: HALF_WIDTH_MISSED,
    skip: (m) => m[2] !== void 0 && ABBREVIATION2.test(m[2]) || // `， ,记`: a half-width mark after its full-width twin is deleted (see twin-marks.ts)
    m[6] !== void 0 && m[5] === FULL_WIDTH[m[6]],
    message: (m) => msg10.halfWidthPunct({ before: m[0] }),
    replace: (m) => m[1] !== void 0 ? `${m[1]}\uFF1A` : m[2] !== void 0 ? `${m[2]}\u3002` : m[3] !== void 0 ? `${m[3]}\uFF1B` : m[4] !== void 0 ? `${m[4]}\u3002` : m[7] !== void 0 ? `${m[7]}${FULL_WIDTH[m[8]]}` : m[5] !== void 0 ? `${m[5]}${FULL_WIDTH[m[6]]}` : m[9] !== void 0 ? `${m[9]}\uFF1A` : m[12] !== void 0 ? `${m[12]}\uFF0C` : `${m[10]}${FULL_WIDTH[m[11]]}`
  });
}
var IN_NUMBER = /(?<=\d)，(?=\d{3}(?!\d))|(?<=\d)。(?=\d{2,}(?!\d|\s?[\u3400-\u9fff]))/g;
var IN_NUMBER_HALF = { "\uFF0C": ",", "\u3002": "." };
function reportNumberMarks(context) {
  reportMatches(context, {
    pattern: IN_NUMBER,
    message: (m) => lintRuleMessages.msg.markInNumber({ mark: m[0] }),
    replace: (m) => IN_NUMBER_HALF[m[0]],
    // the whole number as it should read (`1,028.6`)
    hint: (m, segment) => {
      const before = /[\d,.]*$/.exec(segment.text.slice(0, m.index))[0];
      const after = /^[\d,.]*/.exec(segment.text.slice(m.index + 1))[0];
      return msg10.write({ text: `${before}${IN_NUMBER_HALF[m[0]]}${after}` });
    }
  });
}

// src/lint/rules/link-spacing.ts
var HAN6 = new RegExp(`^[${CJK3}]$`);
var LATIN2 = /^[A-Za-z0-9]$/;
function links(tree) {
  const out = [];
  const walk = (node) => {
    for (const child of node.children) {
      if (child.type === "link" || child.type === "linkReference") out.push(child);
      else if ("children" in child) walk(child);
    }
  };
  walk(tree);
  return out;
}
function reportLinkSpacing(context) {
  const markdown = context.article.markdown;
  const starts = /* @__PURE__ */ new Map();
  const ends = /* @__PURE__ */ new Map();
  for (const s of context.prose) {
    if (s.where !== "body" || s.html || s.afterUrl || s.text === "") continue;
    starts.set(sourceOffset(s, 0), s);
    ends.set(sourceOffset(s, s.text.length, true), s);
  }
  const report = (segment, at2, seen, write) => context.report({
    message: lintRuleMessages.msg.linkSpacing({ seen }),
    place: context.locate(segment, Math.max(0, at2 - 1), Math.min(segment.text.length, at2 + 1)),
    value: seen,
    hint: lintRuleMessages.msg.linkSpacingHint({ write }),
    fix: { segment, start: at2, end: at2, text: " " }
  });
  for (const link of links(context.tree)) {
    const first = link.children[0];
    const last = link.children.at(-1);
    const start = link.position?.start.offset;
    const end = link.position?.end.offset;
    if (first?.type !== "text" || last?.type !== "text" || start === void 0 || end === void 0) continue;
    if (markdown.charAt(start) !== "[") continue;
    const text2 = first.value;
    const before = ends.get(start);
    if (before && HAN6.test(markdown.charAt(start - 1)) && LATIN2.test(text2.charAt(0))) {
      const han = markdown.slice(Math.max(0, start - 2), start);
      const word = /^[A-Za-z0-9]+/.exec(text2)[0];
      report(before, before.text.length, `${han}${word}`, `${han} [${word}`);
    }
    const after = starts.get(end);
    if (after && HAN6.test(markdown.charAt(end)) && LATIN2.test(last.value.slice(-1))) {
      const han = markdown.slice(end, end + 2);
      const word = /[A-Za-z0-9]+$/.exec(last.value)[0];
      const tail = markdown.slice(last.position?.end.offset ?? end - 1, end);
      const shown = tail.length <= 12 ? tail : `${tail.slice(0, 2)}\u2026${tail.slice(-1)}`;
      report(after, 0, `${word}${han}`, `${word}${shown} ${han}`);
    }
  }
}

// src/lint/rules/typography-autocorrect.ts
var { msg: msg11 } = lintMessages;
var FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
var memo2 = /* @__PURE__ */ new WeakMap();
function hunksOf(segment) {
  let hunks = memo2.get(segment);
  if (!hunks) memo2.set(segment, hunks = autocorrectHunks(segment.text));
  return hunks;
}
function run(context, kind) {
  const converted = kind === "spacing" ? convertedMark(context) : () => false;
  const tight = kind === "spacing" && context.options.dates === "tight";
  for (const segment of context.prose) {
    if (segment.where === "author") continue;
    const inDate = tight ? dateTest(segment.text) : () => false;
    for (const h of hunksOf(segment)) {
      if (h.kind !== kind) continue;
      if (h.start === h.end && (converted(segment, h.start - 1) || converted(segment, h.start))) continue;
      if (h.start === h.end && inDate(h.start)) continue;
      if (!h.twin && h.text === "" && /[，。！？：；、）」』”（「『“]/.test(segment.text.charAt(h.end) + segment.text.charAt(h.start - 1)))
        continue;
      if (isRangeDash(segment.text, h)) continue;
      const { from, to } = excerptAround(segment.text, h);
      const before = segment.text.slice(from, to);
      const after = segment.text.slice(from, h.start) + h.text + segment.text.slice(h.end, to);
      if (kind === "punctuation" && dotBetweenHan(segment.text, h)) {
        const dot = segment.text.slice(from, h.start) + "\xB7" + segment.text.slice(h.end, to);
        context.report({
          message: lintRuleMessages.msg.dotBetweenHan({ before }),
          place: context.locate(segment, h.start, h.end),
          value: before,
          hint: lintRuleMessages.msg.dotBetweenHanHint({ stop: after, dot }),
          ...segment.where !== "body" ? { field: segment.where } : {}
        });
        continue;
      }
      context.report({
        message: kind === "spacing" ? spacingMessage(h, segment.text, before) : h.twin ? msg11.twinMark({ before }) : FULLWIDTH_ALNUM.test(segment.text.slice(h.start, h.end)) ? msg11.fullwidthAlnum({ before }) : msg11.halfWidthPunct({ before }),
        place: context.locate(segment, h.start, Math.max(h.end, h.start + 1)),
        value: before,
        hint: msg11.write({ text: after }),
        ...segment.where !== "body" ? { field: segment.where } : {},
        fix: { segment, start: h.start, end: h.end, text: h.text }
      });
    }
  }
}
var WORD_CHAR = /[A-Za-z0-9]/;
var MAX_WORD = 24;
function excerptAround(text2, h) {
  let from = Math.max(0, h.start - 1);
  let to = Math.min(text2.length, h.end + 1);
  if (from < h.start && text2.charAt(from) === "\n") from++;
  if (to > h.end && text2.charAt(to - 1) === "\n") to--;
  const floor = Math.max(0, from - MAX_WORD);
  while (from > floor && WORD_CHAR.test(text2.charAt(from - 1)) && WORD_CHAR.test(text2.charAt(from))) from--;
  const ceiling = Math.min(text2.length, to + MAX_WORD);
  const joins = (i) => /[:./_-]/.test(text2.charAt(i)) && WORD_CHAR.test(text2.charAt(i + 1));
  if (WORD_CHAR.test(text2.charAt(to - 1)))
    while (to < ceiling && (WORD_CHAR.test(text2.charAt(to)) || joins(to))) to++;
  return { from, to };
}
var CJK_CHAR = new RegExp(`^[${CJK3}]$`);
var NAME_CHARS = "\u963F\u57C3\u827E\u7231\u5B89\u5965\u5DF4\u62DC\u73ED\u4FDD\u9C8D\u8D1D\u672C\u6BD4\u5F7C\u6BD5\u5BBE\u6CE2\u4F2F\u535A\u5E03\u67E5\u8FBE\u6234\u4E39\u9053\u5FB7\u8FEA\u8482\u4E01\u675C\u591A\u6069\u6CD5\u83F2\u8D39\u82AC\u5F17\u798F\u76D6\u683C\u54C8\u6D77\u6C49\u8C6A\u8D6B\u4EA8\u534E\u970D\u57FA\u5409\u52A0\u8D3E\u6770\u91D1\u5361\u51EF\u5EB7\u67EF\u79D1\u514B\u80AF\u5E93\u594E\u62C9\u83B1\u5170\u6717\u52B3\u52D2\u96F7\u91CC\u5229\u8389\u4E3D\u5EC9\u6797\u7433\u5362\u9C81\u8DEF\u4F26\u7F57\u6D1B\u9A6C\u739B\u8FC8\u9EA6\u66FC\u6885\u8499\u7C73\u83AB\u59C6\u7A46\u7EB3\u5A1C\u5948\u5C3C\u59AE\u7EBD\u52AA\u8BFA\u6B27\u5E15\u4F69\u76AE\u73C0\u666E\u5947\u4E54\u743C\u8428\u585E\u6851\u68EE\u838E\u65BD\u53F2\u8212\u65AF\u82CF\u7D22\u5854\u6CF0\u5766\u6C64\u5510\u7279\u63D0\u6258\u74E6\u5A01\u97E6\u7EF4\u6E29\u6C83\u4E4C\u897F\u5E0C\u590F\u8F9B\u96C5\u4E9A\u626C\u8036\u4F0A\u56E0\u5C24\u7EA6\u8A79\u73CD\u6731\u5179\u4F50\u6CFD\u5C14\u7FF0\u96EA\u4E1D\u831C\u9EDB\u8587\u9732\u742A";
var dotBetweenHan = (text2, h) => h.text === "\u3002" && text2.slice(h.start, h.end) === "." && NAME_CHARS.includes(text2.charAt(h.start - 1)) && NAME_CHARS.includes(text2.charAt(h.end));
var isRangeDash = (text2, h) => h.text === " " && h.start === h.end && CJK_CHAR.test(text2.charAt(h.start - 1)) && /\d ?$/.test(text2.slice(Math.max(0, h.start - 3), h.start - 1)) && /[-~～]/.test(text2.charAt(h.end)) && /\d/.test(text2.charAt(h.end + 1));
function spacingMessage(h, text2, before) {
  const mark = (text2.charAt(h.start - 1) + text2.charAt(h.end)).replace(/[\u3400-\u9fff\uf900-\ufaff]/g, "");
  if (h.text && /^[()[\]{}<>"']$/.test(mark)) return msg11.spacingMark({ before, mark });
  return h.text ? msg11.spacingMissing({ before }) : msg11.spacingUnexpected({ before });
}
var cjkSpacing = defineLintRule({
  id: "typography/cjk-spacing",
  severity: "warning",
  fixable: true,
  docs: {
    description: "One half-width space between Chinese characters and Latin letters or digits, also where a link\u2019s text starts or ends with them (`\u5199\u7684 [Git \u5DE5\u4F5C\u6D41](\u2026)`: the space outside the link), and none between a number and `%`, `\u2030`, `\u2103` or `\xB0`. Option `dates`: `spaced` (default: `2027 \u5E74 3 \u6708 15 \u65E5`) or `tight` (`2027\u5E743\u670815\u65E5`, as GB/T 15835 and \u4EBA\u6C11\u65E5\u62A5 write dates).",
    rationale: "The convention of most Chinese tech writing (and of WeChat\u2019s own style guides); mixed text reads more evenly.",
    bad: "\u4F7F\u7528TypeScript\u7F16\u5199\uFF0C\u51713\u573A",
    good: "\u4F7F\u7528 TypeScript \u7F16\u5199\uFF0C\u5171 3 \u573A"
  },
  check: (context) => {
    run(context, "spacing");
    reportUnitSpace(context);
    reportLinkSpacing(context);
  }
});
var punctuationWidth = defineLintRule({
  id: "typography/punctuation-width",
  severity: "warning",
  fixable: true,
  docs: {
    description: "Full-width punctuation (\uFF0C\u3002\uFF01\uFF1F\uFF1A\uFF1B) inside Chinese sentences, also next to emphasis, inline code, math, links, quotes and brackets and at the end of a list item; Latin letters and digits half-width (`123`, not `\uFF11\uFF12\uFF13`). A half-width mark typed next to its full-width twin (`,\uFF0C`) is deleted, not doubled.",
    rationale: "Half-width commas and stops look cramped between Chinese characters and are a common copy-paste mistake.",
    bad: "\u5927\u5BB6\u597D,\u6211\u662F\u5C0F\u5C71!",
    good: "\u5927\u5BB6\u597D\uFF0C\u6211\u662F\u5C0F\u5C71\uFF01"
  },
  check: (context) => {
    const seen = /* @__PURE__ */ new Set();
    const key = (segment, index) => `${segment.where}:${segment.offset}:${index}`;
    const own = {
      ...context,
      report: (f) => {
        if (f.fix)
          for (let i = f.fix.start; i < Math.max(f.fix.end, f.fix.start + 1); i++)
            seen.add(key(f.fix.segment, i));
        context.report(f);
      }
    };
    run(own, "punctuation");
    reportHalfWidthMissed(own);
    reportNumberMarks(own);
    reportFullwidthPercent(own);
    reportBoundaryPunctuation(context, (segment, index) => seen.has(key(segment, index)));
  }
});

// src/lint/rules/typography-brackets.ts
var { msg: msg12 } = lintMessages;
var CJK4 = "\\u3400-\\u9fff\\uf900-\\ufaff";
var HALF = /(?<![ \t])([ \t]*)\(([^()\n]*)\)([ \t]*)/g;
var FULL4 = /(?<![ \t])([ \t]*)（([^（）\n]*)）([ \t]*)/g;
var MISMATCHED = /(?<![ \t])([ \t]*)(?:（([^（）()\n]*)\)(?![ \t]*）)|(?<!（[ \t]*)\(([^（）()\n]*)）)([ \t]*)/g;
var CHINESE = new RegExp(`[${CJK4}]`);
var LATIN3 = /[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
var OPEN_SIDE = /^$|[\s“‘「『《（【([—\u3000-\u303f\uff00-\uffef]$/;
var CLOSE_SIDE = /^$|^[\s\p{P}]/u;
function isSpaced(text2, m) {
  const before = m[1] ? " " : text2.charAt(m.index - 1);
  const after = m[3] ? " " : text2.charAt(m.index + m[0].length);
  return OPEN_SIDE.test(before) && CLOSE_SIDE.test(after);
}
function matches(re, text2) {
  re.lastIndex = 0;
  const all = [...text2.matchAll(re)];
  return re === FULL4 ? all : all.filter((m) => CHINESE.test(re === HALF ? m[2] : m[2] ?? m[3]));
}
function fullPairs(text2) {
  const mismatched = matches(MISMATCHED, text2);
  let i = 0;
  return matches(FULL4, text2).filter((m) => {
    while (i < mismatched.length && mismatched[i].index + mismatched[i][0].length <= m.index) i++;
    const x = mismatched[i];
    return !(x && x.index < m.index + m[0].length);
  });
}
function fileStyle(prose) {
  let full = 0;
  let spaced = 0;
  let chinese = 0;
  let latin = 0;
  for (const s of prose) {
    full += fullPairs(s.text).length;
    for (const m of matches(HALF, s.text)) {
      if (isSpaced(s.text, m)) spaced++;
      else if (LATIN3.test(m[2])) latin++;
      else chinese++;
    }
    for (const m of matches(MISMATCHED, s.text)) LATIN3.test(m[2] ?? m[3]) ? latin++ : chinese++;
  }
  if (spaced > full) return "half-width-spaced";
  if (full > 0) return "full-width";
  return chinese > 0 && chinese >= latin ? "full-width" : "half-width-spaced";
}
function check(context) {
  const option = context.options.style;
  const forced = option === "full-width" || option === "half-width-spaced" ? option : void 0;
  const style = forced ?? fileStyle(context.prose);
  for (const segment of context.prose) {
    const text2 = segment.text;
    const report = (m, message, fixed) => {
      context.report({
        message,
        value: m[0].trim(),
        hint: msg12.write({ text: withContext(text2, m, fixed) }),
        place: context.locate(segment, m.index + m[1].length, m.index + m[0].length - m[3].length),
        ...segment.where !== "body" ? { field: segment.where } : {},
        fix: { segment, start: m.index, end: m.index + m[0].length, text: fixed }
      });
    };
    const mixed = forced === void 0;
    for (const m of matches(HALF, text2)) {
      if (text2.charAt(m.index - 1) === "]") continue;
      const spaced = isSpaced(text2, m);
      if (style === "full-width") {
        const value = m[0].trim();
        const message = spaced && mixed ? msg12.bracketsMinority({ value, style }) : msg12.bracketsHalf({ value });
        report(m, message, `\uFF08${m[2].trim()}\uFF09`);
      } else if (!spaced) {
        report(m, msg12.bracketsUnspaced({ value: m[0].trim() }), spacedHalf(text2, m));
      }
    }
    if (style === "half-width-spaced") {
      for (const m of fullPairs(text2)) {
        report(m, msg12.bracketsMinority({ value: m[0].trim(), style }), spacedHalf(text2, m));
      }
    }
    for (const m of matches(MISMATCHED, text2)) {
      const inner = (m[2] ?? m[3]).trim();
      const pair = [m[0], m[1], inner, m[4]];
      pair.index = m.index;
      const fixed = style === "full-width" ? `\uFF08${inner}\uFF09` : spacedHalf(text2, pair);
      report(pair, msg12.bracketsMismatched({ value: m[0].trim() }), fixed);
    }
  }
}
function withContext(text2, m, fixed) {
  if (fixed.trim() === fixed || fixed.trim() === "") return fixed.trim() || fixed;
  const end = m.index + m[0].length;
  return `${text2.slice(Math.max(0, m.index - 2), m.index)}${fixed}${text2.slice(end, end + 2)}`.trim();
}
function spacedHalf(text2, m) {
  const before = text2.charAt(m.index - 1);
  const after = text2.charAt(m.index + m[0].length);
  const left = before === "" || /[\s“‘「『《（【([]/.test(before) ? "" : " ";
  const right = after === "" || /[\s\p{P}]/u.test(after) ? "" : " ";
  return `${left}(${m[2].trim()})${right}`;
}
var brackets = defineLintRule({
  id: "typography/brackets",
  severity: "warning",
  fixable: true,
  docs: {
    description: "Brackets around Chinese text in one style per file: option `style` is `full-width` (`\uFF08\u2026\uFF09`), `half-width-spaced` (` (\u2026) `) or `either` (default: the style most of the file uses; only the minority is flagged; with no other brackets in the file, brackets around purely Chinese words are full-width). Half-width brackets tight against Chinese, and pairs with one full-width and one half-width bracket (`\uFF08\u5927\u6982\u5427)`), are always flagged.",
    rationale: "Both full-width brackets and spaced half-width ones are common conventions; half-width brackets tight against Chinese characters, or two styles in one article, look careless.",
    bad: "\u5170\u4EAD\u7B14\u8BB0(\u6D4B\u8BD5\u7248)\u4E0A\u7EBF",
    good: "\u5170\u4EAD\u7B14\u8BB0\uFF08\u6D4B\u8BD5\u7248\uFF09\u4E0A\u7EBF"
  },
  check
});

// src/lint/rules/typography-ellipsis.ts
var { msg: msg13 } = lintMessages;
function isToken(m, text2) {
  return /^\.+$/.test(m[0]) && /^[\s（(“"「]/.test(text2.slice(m.index + m[0].length));
}
var ELLIPSIS = /(?<=[\u3400-\u9fff，。！？：；」』”）]["')]?)(?:…*(?:\.{3,}|。{3,})…*|…(?!…))|(?<![.…])…*\.{3,}…*(?=[\u3400-\u9fff])|(?<![。…])…*。{3,}…*(?=[\u3400-\u9fff])/;
var ellipsis = defineLintRule({
  id: "typography/ellipsis",
  severity: "warning",
  fixable: true,
  docs: {
    description: "The Chinese ellipsis is `\u2026\u2026` (two U+2026), not `...` or `\u3002\u3002\u3002`.",
    rationale: "Three dots or three full stops are typing shortcuts; Chinese typesetting uses a six-dot ellipsis.",
    bad: "\u7136\u540E\u2026\u2026\u5462...",
    good: "\u7136\u540E\u2026\u2026\u5462\u2026\u2026"
  },
  check: (context) => {
    reportMatches(context, {
      // after Chinese text, also behind a straight quote or bracket (`"确定"...`, which --fix would otherwise only reach after the quotes)
      pattern: ELLIPSIS,
      // `...（Ellipsis）` names the literal (Python's Ellipsis): no finding
      skip: (m, segment) => m[0] === "..." && /^\s*[（(]Ellipsis[)）]/.test(segment.text.slice(m.index + 3)),
      message: (m) => msg13.ellipsis({ value: m[0] }),
      // three dots standing as a token of their own (`，... 是`, `：...（`) may be code: report, never fix
      replace: (m, segment) => isToken(m, segment.text) ? void 0 : "\u2026\u2026",
      hint: (m, segment) => isToken(m, segment.text) ? msg13.ellipsisTokenHint() : void 0
    });
    const neighbours = markupNeighbours(context.tree, context.prose);
    for (const [segment, nb] of neighbours) {
      const m = /^\.{3,}/.exec(segment.text);
      if (!m || !/[\u3400-\u9fff，。！？：；」』”）]/.test(nb.before)) continue;
      const token = isToken(m, segment.text);
      context.report({
        message: msg13.ellipsis({ value: m[0] }),
        place: context.locate(segment, 0, m[0].length),
        value: m[0],
        hint: token ? msg13.ellipsisTokenHint() : msg13.write({ text: "\u2026\u2026" }),
        ...token ? {} : { fix: { segment, start: 0, end: m[0].length, text: "\u2026\u2026" } }
      });
    }
  }
});

// src/lint/rules/typography-product-name.ts
var { msg: msg14 } = lintMessages;
var PRODUCT_NAMES = [
  "GitHub",
  "GitLab",
  "JavaScript",
  "TypeScript",
  "Node.js",
  "WeChat",
  "iOS",
  "macOS",
  "iPadOS",
  "iPhone",
  "iPad",
  "npm",
  "Android",
  "Markdown",
  "PostgreSQL",
  "MySQL",
  "Redis",
  "Docker",
  "Kubernetes",
  "Python",
  "Rust",
  "Go",
  "Java",
  "HTML",
  "CSS",
  "JSON",
  "YAML",
  "API",
  "HTTP",
  "HTTPS",
  "URL",
  "Linux",
  "Windows",
  "VS Code",
  "ChatGPT",
  "OpenAI",
  "Vue.js",
  "React",
  "Vite",
  "Wi-Fi",
  "USB-C"
];
var ALIASES = { nodejs: "Node.js", wifi: "Wi-Fi" };
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function isModuleName(word, before, after) {
  if (word !== word.toLowerCase()) return false;
  return /^\s?(?:模块|标准库|库|包|module|package|lib|crate)/i.test(after) || /(?:\bimport|\bfrom|\brequire\(\s*['"]?)\s*$/.test(before);
}
function inEnglishRun(before, after) {
  const left = /([A-Za-z])[\s,;:'"’!?.()\-、+]*$/.test(before);
  const right = /^[\s,;:'"’!?.()\-、+]*[A-Za-z]/.test(after);
  return left || right;
}
function namedAsIdentifier(word, text2) {
  if (word !== word.toLowerCase()) return false;
  for (let i = text2.indexOf(word); i !== -1; i = text2.indexOf(word, i + 1)) {
    const before = text2.slice(Math.max(0, i - 40), i);
    const after = text2.slice(i + word.length, i + word.length + 40);
    if (/[A-Za-z0-9_]$/.test(before) || /^[A-Za-z0-9_]/.test(after)) continue;
    if (inEnglishRun(before, after)) return true;
  }
  return false;
}
function isOrdinaryEnglish(word, before, after) {
  return (word === word.toLowerCase() || word === word.toUpperCase()) && inEnglishRun(before, after);
}
var productName = defineLintRule({
  id: "typography/product-name",
  severity: "warning",
  fixable: true,
  docs: {
    description: "Product and technology names are spelled as their owners spell them (GitHub, JavaScript, iOS, npm, Wi-Fi, USB-C \u2026; `IOS`, `nodejs` and `wifi` too). Lowercase module names (`json \u6A21\u5757`, `import json`) and lowercase words inside English text (`broken windows theory`) are left alone.",
    rationale: "\u300CGithub\u300D or \u300CJavascript\u300D in a published article looks careless to technical readers.",
    bad: "\u5728 Github \u4E0A\u7528 Javascript",
    good: "\u5728 GitHub \u4E0A\u7528 JavaScript"
  },
  check: (context) => {
    const extra = Array.isArray(context.options.terms) ? context.options.terms : [];
    const names = [...PRODUCT_NAMES, ...extra].filter((n) => n.length > 2 || n === "Go");
    const canonical = new Map([
      ...Object.entries(ALIASES),
      ...names.map((n) => [n.toLowerCase(), n])
    ]);
    const pattern = new RegExp(
      `(?<![A-Za-z0-9_./@#-])(?:${[...names, ...Object.keys(ALIASES)].map(escapeRegExp).sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z0-9_/@-]|\\.[A-Za-z])`,
      "gi"
    );
    reportMatches(context, {
      pattern,
      skip: (m, segment) => {
        const word = m[0];
        if (canonical.get(word.toLowerCase()) === word || word.toLowerCase() === "go") return true;
        const right = canonical.get(word.toLowerCase()) ?? "";
        if (/^[A-Z]+$/.test(word) && word.length <= 4 && right !== word.toUpperCase() && !/^[a-z]+[A-Z]/.test(right))
          return true;
        if (word === word.toLowerCase() && /^[A-Z]+$/.test(right)) return true;
        const before = segment.text.slice(Math.max(0, m.index - 40), m.index);
        const after = segment.text.slice(m.index + word.length, m.index + word.length + 40);
        const alone = word === word.toLowerCase() && segment.text.trim() === word;
        return alone || isModuleName(word, before, after) || isOrdinaryEnglish(word, before, after) || namedAsIdentifier(word, segment.text);
      },
      message: (m) => msg14.productName({ value: m[0], right: canonical.get(m[0].toLowerCase()) ?? m[0] }),
      replace: (m) => canonical.get(m[0].toLowerCase()) ?? m[0]
    });
  }
});

// src/lint/rules/typography-invisible-characters.ts
var { msg: msg15 } = lintMessages;
var INVISIBLE = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2028\u2029\u2060\ufeff]+/g;
var ANY = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2028\u2029\u2060\ufeff]/;
var SEPARATOR = /[\u2028\u2029]/;
var WORD_CHAR2 = /[\p{L}\p{N}\p{P}\p{S}]/u;
var HAN7 = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
var SKIP = /* @__PURE__ */ new Set([...NOT_PROSE, "yaml", "toml"]);
var NAMES = {
  0: "null",
  11: "vertical tab",
  12: "form feed",
  27: "escape",
  127: "delete",
  8203: "zero-width space",
  8204: "zero-width non-joiner",
  8205: "zero-width joiner",
  8232: "line separator",
  8233: "paragraph separator",
  8288: "word joiner",
  65279: "zero-width no-break space (BOM)"
};
var codePoint = (c) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
var describe = (c) => NAMES[c] ?? "control character";
function joinsEmoji(text2, at2) {
  const before = text2.charCodeAt(at2 - 1);
  const after = text2.charCodeAt(at2 + 1);
  const emojiEnd = before >= 56320 && before <= 57343 || before === 65039 || before >= 9728 && before <= 10175;
  const emojiStart = after >= 55296 && after <= 56319 || after >= 9728 && after <= 10175;
  return emojiEnd && emojiStart;
}
var between2 = (a, b) => WORD_CHAR2.test(a) && WORD_CHAR2.test(b) && !HAN7.test(a) && !HAN7.test(b);
function scan(context, segment) {
  const text2 = segment.text;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text2); m; m = INVISIBLE.exec(text2)) {
    const run2 = m[0];
    if (run2 === "\u200D" && joinsEmoji(text2, m.index)) continue;
    const codes = Array.from(run2, (ch) => ch.charCodeAt(0));
    const first = codes[0];
    const same = codes.every((c) => c === first);
    const field = segment.where !== "body" ? { field: segment.where } : {};
    context.report({
      message: same ? msg15.invisible({ name: describe(first), code: codePoint(first), times: codes.length, ...field }) : msg15.invisibleMixed({ n: codes.length, codes: codes.map(codePoint).join(" "), ...field }),
      place: context.locate(segment, m.index, m.index + run2.length),
      value: codes.map(codePoint).join(" "),
      hint: msg15.invisibleHint({ n: codes.length }),
      ...segment.where !== "body" ? { field: segment.where } : {},
      fix: {
        segment,
        start: m.index,
        end: m.index + run2.length,
        text: SEPARATOR.test(run2) && between2(text2.charAt(m.index - 1), text2.charAt(m.index + run2.length)) ? " " : ""
      }
    });
  }
}
var invisibleCharacters = defineLintRule({
  id: "typography/invisible-characters",
  severity: "warning",
  fixable: true,
  docs: {
    description: "No control characters, zero-width spaces/joiners (U+200B\u2013U+200D, U+2060, U+FEFF) or line/paragraph separators (U+2028, U+2029) in the text; the fix removes them (a separator between two words becomes a space).",
    rationale: "Pasted from chat apps and web pages, they are invisible in the editor but break search, copying and line wrapping, and some show as boxes.",
    bad: "\u516C\u4F17\u53F7\u200B\u6392\u7248",
    good: "\u516C\u4F17\u53F7\u6392\u7248"
  },
  check(context) {
    const markdown = context.article.markdown;
    if (ANY.test(markdown)) {
      const walk = (node) => {
        for (const child of node.children) {
          if (SKIP.has(child.type)) continue;
          if (child.type === "text") {
            const start = child.position?.start.offset;
            const end = child.position?.end.offset;
            if (start === void 0 || end === void 0) continue;
            const text2 = markdown.slice(start, end);
            if (ANY.test(text2)) scan(context, { text: text2, where: "body", offset: start });
          } else if ("children" in child) walk(child);
        }
      };
      walk(context.tree);
    }
    for (const segment of context.prose)
      if (segment.where !== "body" && ANY.test(segment.text)) scan(context, segment);
  }
});

// src/lint/rules/collect-blocks.ts
var SKIP2 = /* @__PURE__ */ new Set(["code", "math", "html", "definition"]);
function collectBlocks(context) {
  const bySegmentOffset = /* @__PURE__ */ new Map();
  for (const s of context.prose) if (s.where === "body") bySegmentOffset.set(s.offset, s);
  const markdown = context.article.markdown;
  const blocks = [];
  let current;
  const inline = (node) => {
    for (const child of node.children) {
      if (child.type === "text") {
        const value = child.value;
        let i = value.indexOf('"');
        const start = child.position?.start.offset;
        if (i !== -1 && current && start !== void 0) {
          const segment = bySegmentOffset.get(start);
          for (; i !== -1; i = value.indexOf('"', i + 1)) {
            current.quotes.push({
              segment,
              index: i,
              offset: segment ? sourceOffset(segment, i) : start + i,
              fallback: child.position
            });
            current.at.push(current.text.length + i);
          }
        }
        if (current) current.text += value;
      } else if (child.type === "inlineCode" || child.type === "inlineMath") {
        if (current) current.text += child.value;
      } else if (child.type === "break") {
        if (current) current.text += "\n";
      } else if ("children" in child && !SKIP2.has(child.type)) {
        if (child.type === "link") {
          const only = child.children.length === 1 ? child.children[0] : void 0;
          if (only?.type === "text" && child.url.endsWith(only.value)) continue;
        }
        inline(child);
      }
    }
  };
  const walk = (node) => {
    for (const child of node.children) {
      if (SKIP2.has(child.type) || !("children" in child)) continue;
      if (child.type === "paragraph" || child.type === "heading" || child.type === "tableCell") {
        current = { quotes: [], text: "", at: [], source: markdown, where: "body" };
        inline(child);
        if (current.quotes.length) blocks.push(current);
        current = void 0;
      } else walk(child);
    }
  };
  if (markdown.includes('"')) walk(context.tree);
  for (const segment of context.prose) {
    if (segment.where === "body" || !segment.text.includes('"')) continue;
    const block2 = {
      quotes: [],
      text: segment.text,
      at: [],
      source: segment.text,
      where: segment.where
    };
    for (let i = segment.text.indexOf('"'); i !== -1; i = segment.text.indexOf('"', i + 1)) {
      block2.quotes.push({ segment, index: i, offset: i, fallback: void 0 });
      block2.at.push(i);
    }
    blocks.push(block2);
  }
  return blocks;
}

// src/lint/rules/single-quotes.ts
var { msg: msg16 } = lintMessages;
var CJK5 = "\\u3400-\\u9fff\\uf900-\\ufaff";
var SINGLE = new RegExp(
  `(?<=^|[${CJK5}\\s\uFF0C\u3002\uFF01\uFF1F\uFF1A\uFF1B\u3001\uFF08\u300C\u300E\u201C\u300A]|[${CJK5}][,;:?!])'(?=[^'\\n]*[${CJK5}])([^'\\s](?:[^'\\n]*[^'\\s])?)'(?=$|[${CJK5}\\s\uFF0C\u3002\uFF01\uFF1F\uFF1A\uFF1B\u3001\uFF09\u300D\u300F\u201D\u300B]|[,;:?!][${CJK5}])`,
  "g"
);
var zero = () => ({ '"': 0, "\u201C": 0, "\u201D": 0, "\u300C": 0, "\u300D": 0 });
function openDouble(context) {
  let scan2;
  return (segment, index) => {
    const body = segment.where === "body";
    const source = body ? context.article.markdown : segment.text;
    const end = body ? segment.offset + index : index;
    let from = scan2 && scan2.source === source && scan2.pos <= end ? scan2.pos : -1;
    if (from >= 0 && body) {
      const lo = Math.max(0, from - 1);
      const blank2 = source.slice(lo, end).lastIndexOf("\n\n");
      if (blank2 >= 0) [from, scan2] = [lo + blank2, void 0];
    } else if (from < 0) {
      scan2 = void 0;
      from = body ? Math.max(0, source.lastIndexOf("\n\n", end)) : 0;
    }
    const counts = scan2?.counts ?? zero();
    for (let i = from; i < end; i++) {
      const c = source.charAt(i);
      if (c in counts) counts[c]++;
    }
    scan2 = { source, pos: end, counts };
    return counts['"'] % 2 === 1 || counts["\u201C"] > counts["\u201D"] || counts["\u300C"] > counts["\u300D"];
  };
}
function reportSingleQuotes(context, double, single) {
  const insideDouble = openDouble(context);
  for (const segment of context.prose) {
    if (segment.html) continue;
    for (const m of segment.text.matchAll(SINGLE)) {
      const start = m.index;
      const end = start + m[0].length;
      const inner = m[1];
      const nested = insideDouble(segment, start) || /["“”「」]/.test(inner);
      const [open, close] = nested ? single : double;
      context.report({
        message: msg16.quotesStraight({ value: m[0] }),
        place: context.locate(segment, start, end),
        value: m[0],
        hint: msg16.write({ text: `${open}${inner}${close}` }),
        ...segment.where !== "body" ? { field: segment.where } : {},
        fix: { segment, start, end: start + 1, text: open },
        moreFixes: [{ segment, start: end - 1, end, text: close }]
      });
    }
  }
}

// src/lint/rules/quote-style-mix.ts
var { msg: msg17 } = lintMessages;
var UI_VERB = /(?:点击|点按|轻点|长按|点|选择|选中|勾选|打开|进入|切换到|切到|前往|找到|按下|按|搜索|在|从)\s*$/;
var UI_NOUN = /^\s*(?:按钮|菜单|选项|页面|页|标签|栏|入口|开关|图标|面板|设置)/;
function uiLabel(text2, open) {
  const near = text2.slice(open + 1, open + 14).indexOf("\u300D");
  if (near < 0) return false;
  const close = open + 1 + near;
  const inner = text2.slice(open + 1, close);
  if (!/^[^，。！？、；：“”「」『』]{1,12}$/.test(inner)) return false;
  return UI_VERB.test(text2.slice(Math.max(0, open - 4), open)) || UI_NOUN.test(text2.slice(close + 1));
}
function quoteCounts(context, corner) {
  const count = { "\u300C": 0, "\u201C": 0 };
  const first = {};
  for (const segment of context.prose) {
    if (segment.where !== "body" || segment.html) continue;
    for (const m of segment.text.matchAll(/[「“]/g)) {
      const mark = m[0];
      if (mark === "\u300C" && !corner && uiLabel(segment.text, m.index)) continue;
      count[mark]++;
      first[mark] ??= { segment, index: m.index };
    }
  }
  return { count, first };
}
function articleUsesCorner(context) {
  const { count } = quoteCounts(context, false);
  return count["\u300C"] > count["\u201C"];
}
function reportMixedQuoteStyles(context, corner) {
  const { count, first } = quoteCounts(context, corner);
  if (count["\u300C"] === 0 || count["\u201C"] === 0) return;
  const later = first["\u300C"].segment.offset + first["\u300C"].index > first["\u201C"].segment.offset + first["\u201C"].index ? "\u300C" : "\u201C";
  const odd = corner ? "\u201C" : count["\u300C"] < count["\u201C"] ? "\u300C" : count["\u201C"] < count["\u300C"] ? "\u201C" : later;
  const other = odd === "\u300C" ? "\u201C" : "\u300C";
  const at2 = first[odd];
  context.report({
    message: msg17.quotesMixed({
      odd: odd === "\u300C" ? "\u300C\u300D" : "\u201C\u201D",
      other: other === "\u300C" ? "\u300C\u300D" : "\u201C\u201D",
      n: count[other]
    }),
    place: context.locate(at2.segment, at2.index, at2.index + 1),
    value: odd,
    hint: msg17.quotesMixedHint({ other: other === "\u300C" ? "\u300C\u300D" : "\u201C\u201D" })
  });
}

// src/lint/rules/typography-quotes.ts
var { msg: msg18 } = lintMessages;
var CJK6 = /[\u3400-\u9fff\uf900-\ufaff]/;
var CJK_OR_FULLWIDTH = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
var TAG = /<[A-Za-z][\w-]*\s[^<>]*>?/g;
var oneLine = (s) => s.replace(/\n/g, "\u21B5");
function place(context, q, end) {
  if (q.segment) {
    const p = context.locate(q.segment, q.index, q.index + 1);
    return p && (end ? p.end : p.start);
  }
  return q.fallback && (end ? q.fallback.end : q.fallback.start);
}
var quotes = defineLintRule({
  id: "typography/quotes",
  severity: "warning",
  fixable: true,
  docs: {
    description: "Straight quotes `\"\u2026\"` around Chinese text become \u201C\u2026\u201D (or \u300C\u2026\u300D if the site prefers or the article mostly uses \u300C\u300D), and so does `'\u2026'` in a Chinese sentence: under GB/T 15834 single quotes are for a quote inside a quote, so only inside a double-quoted text it becomes \u2018\u2026\u2019 (or \u300E\u2026\u300F); double quotes pair across emphasis, links and inline code; \u300C\u300D and \u201C\u201D mixed in one article are flagged (no fix).",
    rationale: "Straight ASCII quotes are a keyboard artefact; Chinese text uses curly or corner quotes.",
    bad: '\u4ED6\u8BF4"*\u4F60\u597D*"\u3002',
    good: "\u4ED6\u8BF4\u201C*\u4F60\u597D*\u201D\u3002"
  },
  check(context) {
    const site = context.options.style === "corner";
    const corner = site || articleUsesCorner(context);
    const [open, close] = corner ? ["\u300C", "\u300D"] : ["\u201C", "\u201D"];
    reportSingleQuotes(context, [open, close], corner ? ["\u300E", "\u300F"] : ["\u2018", "\u2019"]);
    reportMixedQuoteStyles(context, site);
    for (const block2 of collectBlocks(context)) {
      const tags = [];
      if (block2.text.includes("<"))
        for (const m of block2.text.matchAll(TAG)) tags.push([m.index, m.index + m[0].length]);
      const inTag = (at2) => tags.some(([a, b]) => a < at2 && at2 < b);
      const afterDigit = (at2) => /[0-9]/.test(block2.text.charAt(at2 - 1));
      const keep = block2.quotes.map((_, j) => !inTag(block2.at[j]) && !afterDigit(block2.at[j]));
      if (keep.some((k) => !k)) {
        block2.quotes = block2.quotes.filter((_, j) => keep[j]);
        block2.at = block2.at.filter((_, j) => keep[j]);
      }
      const marks = block2.at.length < keep.length;
      const n = block2.quotes.length;
      if (n === 0) continue;
      let nested = false;
      if (n % 2 === 0) {
        for (let j = 0; j < n; j += 2) {
          const inner = block2.text.slice(block2.at[j] + 1, block2.at[j + 1]);
          if (/^\s|\s$/.test(inner) || n >= 4 && (/^[，。、；：！？）」』]/.test(inner) || /[：（「『]$/.test(inner)))
            nested = true;
        }
      }
      if (n % 2 === 1 || nested || marks) {
        const k = block2.quotes.findIndex(
          (_, j) => CJK6.test(block2.text.slice(Math.max(0, block2.at[j] - 1), block2.at[j] + 2))
        );
        if (k === -1) continue;
        const q = block2.quotes[k];
        const start = place(context, q, false);
        const end = place(context, q, true);
        const unit = block2.where === "body" ? "paragraph" : "value";
        const why = n % 2 === 1 && !marks ? "unbalanced" : nested ? "nested" : "marks";
        context.report({
          message: msg18.quotesUnpairable({ why, n, unit }),
          place: start && end ? { start, end } : void 0,
          value: '"',
          hint: msg18.quotesHint({
            open,
            close,
            nested: nested ? corner ? "\u300E\u2026\u300F" : "\u2018\u2026\u2019" : "",
            marks: marks ? 1 : 0
          }),
          ...block2.where !== "body" ? { field: block2.where } : {}
        });
        continue;
      }
      for (let j = 0; j < n; j += 2) {
        const a = block2.quotes[j];
        const b = block2.quotes[j + 1];
        const inner = block2.text.slice(block2.at[j] + 1, block2.at[j + 1]);
        const before = block2.text.charAt(block2.at[j] - 1);
        const after = block2.text.charAt(block2.at[j + 1] + 1);
        const chinese = CJK_OR_FULLWIDTH.test(after) || /[,;:?!]/.test(after) && CJK6.test(block2.text.charAt(block2.at[j + 1] + 2));
        if (!CJK6.test(inner) && !(CJK6.test(before) && chinese)) continue;
        const value = a.segment && b.segment ? block2.source.slice(a.offset, b.offset + 1) : block2.text.slice(block2.at[j], block2.at[j + 1] + 1);
        const start = place(context, a, false);
        const end = place(context, b, true);
        const fixes = a.segment && b.segment ? [
          { segment: a.segment, start: a.index, end: a.index + 1, text: open },
          { segment: b.segment, start: b.index, end: b.index + 1, text: close }
        ] : void 0;
        context.report({
          message: msg18.quotesStraight({ value: oneLine(value) }),
          place: start && end ? { start, end } : void 0,
          value,
          hint: msg18.write({ text: `${open}${oneLine(value.slice(1, -1))}${close}` }),
          ...block2.where !== "body" ? { field: block2.where } : {},
          ...fixes ? { fix: fixes[0], moreFixes: fixes.slice(1) } : {}
        });
      }
    }
  }
});

// src/lint/rules/typography-repeated-punctuation.ts
var { msg: msg19 } = lintMessages;
var HAN8 = "\\u3400-\\u9fff\\uf900-\\ufaff";
var TWO_MARKS = /([，、；：])(?!\1)[，、；：。！？]/;
var PAIR_REPEATED = /([！？])(?!\1)([！？])(?:\1\2)+/;
var SINGLE_DASH = new RegExp(`(?<=[${HAN8}])(?:\u2014|-{2,3})(?=[${HAN8}])`);
var repeatedPunctuation = defineLintRule({
  id: "typography/repeated-punctuation",
  severity: "warning",
  fixable: true,
  docs: {
    description: "No repeated `\uFF01\uFF01`, `\uFF1F\uFF1F`, `\uFF0C\uFF0C`, `\u3002\u3002` or `\uFF01\uFF1F\uFF01\uFF1F`, no pause mark before another mark (`\uFF0C\u3002`), and a Chinese dash written whole (`\u2014\u2014`, not a single `\u2014` or `--` between Chinese) (titles: `title/punctuation`).",
    rationale: "Repeated marks read as shouting and look careless in a published article.",
    bad: "\u592A\u597D\u4E86\uFF01\uFF01\uFF01",
    good: "\u592A\u597D\u4E86\uFF01"
  },
  check: (context) => {
    const where = ["body", "digest", "slogan"];
    reportMatches(context, {
      where,
      pattern: /([！？，、；：])\1+|(?<!。)。。(?!。)|(?<=[\u3400-\u9fff])([!?])\2+ */,
      message: (m) => msg19.repeated({ value: m[0] }),
      replace: (m) => ({ "!": "\uFF01", "?": "\uFF1F" })[m[0][0] ?? ""] ?? m[0][0] ?? ""
    });
    reportMatches(context, {
      where,
      pattern: PAIR_REPEATED,
      message: (m) => msg19.repeated({ value: m[0] }),
      replace: (m) => `${m[1]}${m[2]}`
    });
    reportMatches(context, {
      where,
      pattern: TWO_MARKS,
      message: (m) => msg19.repeated({ value: m[0] }),
      hint: () => lintRuleMessages.msg.twoMarks()
    });
    reportMatches(context, {
      where,
      pattern: SINGLE_DASH,
      message: (m) => m[0] === "\u2014" ? lintRuleMessages.msg.singleDash() : lintRuleMessages.msg.hyphenDash({ value: m[0] }),
      replace: () => "\u2014\u2014"
    });
  }
});

// src/lint/rules/typography-space-before-fullwidth.ts
var { msg: msg20 } = lintMessages;
function around(text2, before) {
  const word = before ? /(?:[A-Za-z0-9_.@/-]{1,24}|[^\sA-Za-z0-9]{1,2})$/ : /^(?:[^\sA-Za-z0-9]{1,2}|[A-Za-z0-9_.@/-]{1,24})/;
  return word.exec(text2)?.[0] ?? "";
}
var SPACE_AROUND_FULLWIDTH = /(?<![ \t])[ \t]+(?=[，。！？：；、）」』”])|(?<=[，。！？：；、（「『“])[ \t]+(?=\S)/;
var SPACED_DASH = new RegExp(`(?<=[${CJK3}])(?:[ \\t]+\u2014\u2014|\u2014\u2014[ \\t]+)(?=[${CJK3}])`);
var quoted2 = (m) => `${around(m.input.slice(Math.max(0, m.index - 30), m.index), true)}${m[0]}${around(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30), false)}`;
var spaceBeforeFullwidth = defineLintRule({
  id: "typography/space-around-fullwidth",
  severity: "warning",
  fixable: true,
  docs: {
    description: "No space before or after full-width punctuation (except a space between a bare URL and the mark after it).",
    rationale: "Full-width marks already carry their own spacing; an extra space leaves a visible gap.",
    bad: "\u6211\u4EEC\u7528 TypeScript \uFF0C\u6548\u679C\u5F88\u597D\u3002",
    good: "\u6211\u4EEC\u7528 TypeScript\uFF0C\u6548\u679C\u5F88\u597D\u3002"
  },
  check: (context) => {
    reportMatches(context, {
      pattern: SPACE_AROUND_FULLWIDTH,
      // the space after a bare URL keeps the mark out of the link where GitHub shows the Markdown
      skip: (m, segment) => m.index === 0 && segment.afterUrl === true,
      // quoted with what stands around it, as the reader sees it (`TypeScript ，效果`, `issue 。`)
      message: (m) => msg20.spaceFullwidth({ n: m[0].length, text: quoted2(m) }),
      replace: () => "",
      hint: () => msg20.removeSpace()
    });
    reportMatches(context, {
      pattern: SPACED_DASH,
      message: (m) => msg20.spaceFullwidth({ n: m[0].length - 2, text: quoted2(m) }),
      replace: () => "\u2014\u2014",
      hint: () => msg20.removeSpace()
    });
  }
});

// src/lint/rules/typography-typo.ts
var { msg: msg21 } = lintMessages;
var TYPOS = [
  {
    wrong: "\u767B\u9646",
    right: "\u767B\u5F55",
    only: {
      before: /(?:请|请先|重新|无法|不能|用户|扫码|刷脸|免密|一键|自动|账号|账户|帐号|帐户|密码|手机号|验证码)\s?$/,
      after: /^\s?(?:账号|账户|帐号|帐户|页面|界面|窗口|框|密码|后台|系统|网站|官网|App|APP|app|客户端|微信|QQ|邮箱|失败|成功后|状态|态|验证|认证|凭证|入口|按钮|方式|信息|过期|超时)/
    }
  },
  { wrong: "\u5E10\u53F7", right: "\u8D26\u53F7" },
  { wrong: "\u5E10\u6237", right: "\u8D26\u6237" },
  { wrong: "\u65E2\u4F7F", right: "\u5373\u4F7F" },
  { wrong: "\u6309\u88C5", right: "\u5B89\u88C5" },
  { wrong: "\u5E03\u7F72", right: "\u90E8\u7F72" },
  { wrong: "\u505A\u4E3A", right: "\u4F5C\u4E3A" },
  { wrong: "\u4E00\u4F46", right: "\u4E00\u65E6" }
];
function inContext(context, text2, start, end) {
  const before = text2.slice(Math.max(0, start - 4), start);
  const after = text2.slice(end, end + 6);
  return Boolean(context.before?.test(before) || context.after?.test(after));
}
var typo = defineLintRule({
  id: "typography/typo",
  severity: "warning",
  fixable: true,
  docs: {
    description: "Common Chinese typos in tech writing (\u5E10\u53F7\u2192\u8D26\u53F7, \u5E03\u7F72\u2192\u90E8\u7F72 \u2026); \u767B\u9646\u2192\u767B\u5F55 only in clear login contexts (\u8BF7\u767B\u9646, \u767B\u9646\u8D26\u53F7, \u767B\u9646\u5931\u8D25), since \u767B\u9646 is right for landing and listing (\u53F0\u98CE\u767B\u9646, \u767B\u9646\u6E2F\u4EA4\u6240).",
    rationale: "Readers notice these instantly; the dictionary knows the contexts where the other word is right.",
    bad: "\u8BF7\u5148\u767B\u9646\u4F60\u7684\u5E10\u53F7",
    good: "\u8BF7\u5148\u767B\u5F55\u4F60\u7684\u8D26\u53F7"
  },
  check: (context) => {
    for (const t of TYPOS) {
      reportMatches(context, {
        pattern: new RegExp(t.wrong),
        skip: (m, segment) => t.only !== void 0 && !inContext(t.only, segment.text, m.index, m.index + t.wrong.length),
        message: () => msg21.typo({ wrong: t.wrong, right: t.right }),
        replace: () => t.right
      });
    }
  }
});

// src/lint/rules/body-wrong-date.ts
var { msg: msg22 } = lintDateMessages;
var DATE2 = /((?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])(?:\s*[（(]\s*|\s*[，,]?\s*)(?:(?:周|星期|礼拜)([一二三四五六日天]))?/g;
var WEEKDAY = { \u65E5: 0, \u5929: 0, \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6 };
var HALF_YEAR_MS = 183 * 864e5;
var daysIn = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
var wrongDate = defineLintRule({
  id: "body/wrong-date",
  severity: "warning",
  fixable: false,
  docs: {
    description: "A date in the body that cannot be right: a day its month does not have (`4 \u6708 31 \u65E5`), or a weekday beside it that the date does not fall on (`5 \u6708 8 \u65E5\uFF08\u5468\u4E94\uFF09` when that is a Saturday). Without a year the date is read in the year of the slot.",
    rationale: "Event posts live on their dates: a wrong weekday sends readers on the wrong day, and a published article can no longer be corrected.",
    bad: "\u6D3B\u52A8\u5B9A\u4E8E 2027 \u5E74 5 \u6708 8 \u65E5\uFF08\u5468\u4E94\uFF09\u4E3E\u884C\uFF0C\u62A5\u540D\u622A\u81F3 4 \u6708 31 \u65E5\u3002",
    good: "\u6D3B\u52A8\u5B9A\u4E8E 2027 \u5E74 5 \u6708 8 \u65E5\uFF08\u5468\u516D\uFF09\u4E3E\u884C\uFF0C\u62A5\u540D\u622A\u81F3 4 \u6708 30 \u65E5\u3002"
  },
  check: (context) => {
    const slot = context.article.slot;
    const slotYear = slot ? Number(slot.text.slice(0, 4)) : void 0;
    for (const segment of context.prose) {
      if (segment.where !== "body" || !segment.text.includes("\u6708")) continue;
      for (const m of segment.text.matchAll(DATE2)) {
        const [, date = "", yearText, monthText, dayText, weekdayText] = m;
        const month = Number(monthText);
        const day = Number(dayText);
        if (month < 1 || month > 12 || day < 1) continue;
        let year = yearText ? Number(yearText) : slotYear;
        if (!yearText && year !== void 0 && slot && Date.UTC(year, month - 1, day) < slot.epochMs - HALF_YEAR_MS)
          year += 1;
        const place2 = context.locate(segment, m.index, m.index + date.length);
        const days = daysIn(year ?? 2028, month);
        if (day > days) {
          context.report({
            message: msg22.noSuchDay({ date, month, days }),
            place: place2,
            value: date,
            hint: msg22.noSuchDayHint()
          });
          continue;
        }
        if (weekdayText === void 0 || year === void 0) continue;
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
        if (actual === WEEKDAY[weekdayText]) continue;
        context.report({
          message: msg22.wrongWeekday({
            date,
            year,
            actual,
            written: WEEKDAY[weekdayText],
            guessed: yearText ? 0 : 1
          }),
          place: place2,
          value: date,
          hint: msg22.wrongWeekdayHint({ actual })
        });
      }
    }
  }
});

// src/lint/rules/index.ts
var RULES = [
  titleLength,
  titlePunctuation,
  titleClickbait,
  titleAbsoluteTerms,
  bodyAbsoluteTerms,
  bodyClickbait,
  wrongDate,
  wordCount,
  characterLimit,
  imageCount,
  digestMissing,
  digestLength,
  cjkSpacing,
  punctuationWidth,
  ellipsis,
  repeatedPunctuation,
  quotes,
  brackets,
  spaceBeforeFullwidth,
  productName,
  typo,
  invisibleCharacters,
  unparsedEmphasis,
  markdownHighlight,
  accidentalEmphasis,
  softBreak,
  indentedProse,
  headingSkip,
  headingColon
];

export {
  sourceOffset,
  collectProse,
  commonEnds,
  diffChars,
  diffArrays,
  createTwoFilesPatch,
  RULES
};
