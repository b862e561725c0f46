import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);
import {
  sourceOffset
} from "./chunk-IZ4Y366E.js";

// src/lint/locate.ts
function createLineIndex(markdown) {
  const starts = [0];
  for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1);
  return { starts };
}
function pointAt(index, offset) {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((index.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (index.starts[lo] ?? 0) + 1, offset };
}
function locate(index, segment, from, to, fileLines = []) {
  if (segment.where === "body") {
    const start = sourceOffset(segment, from);
    return {
      start: pointAt(index, start),
      end: pointAt(index, to > from ? sourceOffset(segment, to, true) : start)
    };
  }
  const v = segment.valuePosition;
  if (!v) return void 0;
  const first = fileLines[v.start.line - 1]?.charAt(v.start.column - 1);
  const quoted = first === '"' || first === "'" ? 1 : 0;
  return {
    start: { line: v.start.line, column: v.start.column + from + quoted },
    end: { line: v.start.line, column: v.start.column + to + quoted }
  };
}

export {
  createLineIndex,
  pointAt,
  locate
};
