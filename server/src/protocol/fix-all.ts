import type { TextEdit } from "vscode-languageserver";
import { fixAll } from "../core";
import type { Analyzed } from "./analysis-store";

/**
 * Every safe fix, applied until nothing changes, as one edit spanning only the changed middle
 * of the text, so the rest of the document (and the cursor in it) stays put.
 */
export function fixAllEdit(analyzed: Analyzed): TextEdit | undefined {
  const { text, options } = analyzed;
  const fixed = fixAll(text, options).text;
  if (fixed === text) return undefined;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  return { range: analyzed.lines.range(start, text.length - end), newText: fixed.slice(start, fixed.length - end) };
}
