import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/core/code-points.ts
function codePoints(s) {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c < 55296 || c > 56319) continue;
    const d = s.charCodeAt(i + 1);
    if (d >= 56320 && d <= 57343) {
      n--;
      i++;
    }
  }
  return n;
}
function cutText(text, max) {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}

export {
  codePoints,
  cutText
};
