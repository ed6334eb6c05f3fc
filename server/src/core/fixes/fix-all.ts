import { analyze, type AnalyzeOptions } from "../analyze";
import type { Finding, TextEdit } from "../types";

/** Fixes whose edits overlap are applied in a later pass, against re-analyzed text. */
const MAX_PASSES = 10;

/**
 * One pass: the first safe fix of each finding, skipping any whose edits touch an edit
 * already chosen. Edits are applied from the end so earlier offsets stay valid.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const chosen: TextEdit[] = [];
  let applied = 0;
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix || fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end || e.start === c.start))) continue;
    chosen.push(...fix.edits);
    applied++;
  }
  let out = text;
  for (const e of chosen.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied };
}

/**
 * Every safe fix, re-analyzing between passes until nothing changes (at most ten passes).
 * Fixes write `\n`; a text whose every line ends in CRLF gets CRLF back.
 */
export function fixAll(text: string, options: AnalyzeOptions): { text: string; applied: number } {
  const crlf = text.includes("\r\n") && !/(?<!\r)\n/.test(text);
  let current = crlf ? text.replace(/\r\n/g, "\n") : text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = applyFixes(current, analyze(current, options).findings);
    if (result.applied === 0 || result.text === current) break;
    current = result.text;
    applied += result.applied;
  }
  if (applied === 0) return { text, applied };
  return { text: crlf ? current.replace(/\n/g, "\r\n") : current, applied };
}
