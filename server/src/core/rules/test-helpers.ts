/** Helpers for rule tests: analyze a letter, pick one rule's findings, apply a fix. */
import { analyze, type Analysis } from "../analyze";
import type { Finding, Fix } from "../types";

/** Analyzes plain text with the default configuration. */
export function analyzeText(text: string): Analysis {
  return analyze(text, { format: "plaintext" });
}

/** The findings of one rule, in document order. */
export function findingsOf(text: string, code: string): Finding[] {
  return analyzeText(text).findings.filter((f) => f.code === code);
}

/** The text each finding of `code` covers. */
export function flagged(text: string, code: string): string[] {
  return findingsOf(text, code).map((f) => text.slice(f.start, f.end));
}

/** The text with all edits of `fix` applied (edits never overlap). */
export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Error-severity codes in `after` that `before` did not have. */
export function newErrors(before: Analysis, after: Analysis): string[] {
  const had = new Set(before.findings.filter((f) => f.severity === "error").map((f) => f.code));
  return after.findings.filter((f) => f.severity === "error" && !had.has(f.code)).map((f) => f.code);
}
