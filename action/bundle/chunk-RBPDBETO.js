import { createRequire as __wxRequire } from 'node:module'; const require = __wxRequire(import.meta.url);

// src/diagnostics/summarize.ts
function summarize(diagnostics, files) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
    if (d.fix) fixable++;
  }
  return { files, errors, warnings, infos, fixable };
}

export {
  summarize
};
