import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fixAll, type AnalyzeOptions } from "../core";

export const BOM = "\uFEFF";

/** The file's text with every safe fix applied, keeping its byte order mark. */
export function fixFileText(text: string, options: AnalyzeOptions): { text: string; applied: number } {
  const bom = text.startsWith(BOM) ? BOM : "";
  const fixed = fixAll(text.slice(bom.length), options);
  return fixed.applied === 0 ? { text, applied: 0 } : { text: bom + fixed.text, applied: fixed.applied };
}

/** Replaces the file in one step: a reader sees the old text or the new, never a half-written file. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.apology-lint.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(path).mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
