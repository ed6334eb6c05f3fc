import type { Span } from "../types";

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level `key: value` line; nested (indented) keys belong to their parent's value. */
const ENTRY = /^([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const QUOTED = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')$/;

export interface FrontMatter {
  /** Top-level keys and their scalar values: unquoted, without a trailing `# comment`. */
  readonly frontMatter: Map<string, string>;
  /** How many lines (from the first) the block takes, both `---` lines included; 0 when none. */
  readonly lineCount: number;
}

/** Reads a YAML front matter block: `---` on the first line, up to the next `---` or `...`. */
export function readFrontMatter(text: string, lines: readonly Span[]): FrontMatter {
  const frontMatter = new Map<string, string>();
  const lineText = (k: number): string => text.slice(lines[k]!.start, lines[k]!.end);
  if (lines.length < 2 || !OPEN.test(lineText(0))) return { frontMatter, lineCount: 0 };
  for (let k = 1; k < lines.length; k++) {
    const line = lineText(k);
    if (CLOSE.test(line)) return { frontMatter, lineCount: k + 1 };
    const entry = ENTRY.exec(line);
    if (entry) frontMatter.set(entry[1]!, scalar(entry[2] ?? ""));
  }
  return { frontMatter: new Map(), lineCount: 0 };
}

function scalar(raw: string): string {
  const quoted = QUOTED.exec(raw);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, "$1") : quoted[2]!.replace(/''/g, "'");
  return raw.replace(/(?:^|[ \t]+)#.*$/, "");
}
