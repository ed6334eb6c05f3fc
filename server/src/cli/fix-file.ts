import { lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { fixAll, type AnalyzeOptions } from "../core";

export const BOM = "\uFEFF";

/** The file's text with every safe fix applied, keeping its byte order mark. */
export function fixFileText(text: string, options: AnalyzeOptions): { text: string; applied: number } {
  const bom = text.startsWith(BOM) ? BOM : "";
  const fixed = fixAll(text.slice(bom.length), options);
  return fixed.applied === 0 ? { text, applied: 0 } : { text: bom + fixed.text, applied: fixed.applied };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8 text, or undefined when they are not UTF-8 (Latin-1, UTF-16, binary): such a file is never rewritten. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Where `--fix` may write `path`. A regular file is written where it is. A symbolic link is
 * followed (so the link itself survives) only when its target lies inside `root`, the folder the
 * CLI runs in: a link in a checked-out repository must never make a CI run rewrite a file elsewhere.
 */
export function writableTarget(path: string, root: string): { path: string } | { refused: string } {
  if (!lstatSync(path).isSymbolicLink()) return { path };
  const real = realpathSync(path);
  const base = realpathSync(root);
  const inside = relative(base, real);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return { refused: `it is a symbolic link to ${real}, outside ${base}` };
  return { path: real };
}

/** Replaces the file in one step: a reader sees the old text or the new, never a half-written file. */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.apology-lint.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(path).mode, flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
