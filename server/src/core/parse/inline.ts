/** Inline Markdown: what inside a line is syntax, not prose (code spans, links, tags, emphasis marks). */
import { urlSpans } from "./lines";
import type { Mask } from "./mask";

/** Characters that may start inline syntax; a line without any needs no inline scan. */
const INLINE_START = /[`<[!\\*_~|&]/;
/** Where the inline scan stops: a possible opener, or the `]` that ends a link's text. */
const INLINE_OPENER = /[<`\\[!\]]/g;
/** HTML tags a letter may contain; an unknown all-caps `<NAME>` is a template slot, not HTML. */
const HTML_TAG =
  /<\/?(?:a|abbr|b|br|center|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>]*>/gi;
/** Escapes, emphasis and strike-through marks, table pipes, a trailing backslash (hard break). */
const INLINE_SYNTAX = /\\(?=[!-/:-@[-`{-~]|$)|(?<!\\)(?:\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~|\|)/gu;
/** Character references; `&amp;` keeps its `&` so "Kettle &amp; Co." still reads as "Kettle & Co.". */
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
/** A link's `(destination "title")` right after its `]`. */
const INLINE_TARGET = /\((?:[ \t]*<[^<>\n]*>|[ \t]*(?:[^()\s]|\([^()\s]*\))*)(?:[ \t]+(?:"[^"]{0,300}"|'[^']{0,300}'|\([^()]{0,300}\)))?[ \t]*\)/y;
const REFERENCE_LABEL = /\[([^\[\]]*)\]/y;

/** A link label as CommonMark compares them: trimmed, spaces collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Blanks inline syntax in one line; returns true when an HTML comment stays open at its end. */
export function maskInline(line: string, offset: number, from: number, mask: Mask, labels: ReadonlySet<string>): boolean {
  const hide = (start: number, end: number): void => mask.hide(offset + start, offset + end);
  if (!INLINE_START.test(line)) {
    for (const url of urlSpans(line)) if (url.start >= from) hide(url.start, url.end);
    return false;
  }
  const codeRuns = line.includes("`") ? new BacktickRuns(line) : undefined;
  const brackets = line.includes("[") ? matchBrackets(line) : [];
  /** Where a link's text ends, the position after its (already hidden) target. */
  const linkEnds = new Map<number, number>();
  let openComment = false;
  let k = from;
  while (k < line.length) {
    // Jump to the next character that may open syntax (or end a link's text).
    INLINE_OPENER.lastIndex = k;
    const opener = INLINE_OPENER.exec(line);
    if (!opener) break;
    k = opener.index;
    const c = line[k];
    if (c === "]") {
      k = linkEnds.get(k) ?? k + 1;
    } else if (c === "<" && line.startsWith("<!--", k)) {
      const close = line.indexOf("-->", k + 4);
      if (close < 0) {
        hide(k, line.length);
        openComment = true;
        break;
      }
      hide(k, close + 3);
      k = close + 3;
    } else if (c === "`") {
      const run = codeRuns!.at(k);
      const close = codeRuns!.closing(k, run);
      const end = close < 0 ? k + run : close + run;
      hide(k, end);
      k = end;
    } else if (c === "\\") {
      k += 2; // an escaped character is literal: `\[` opens no link, `\`` no code span
    } else if (c === "[" || (c === "!" && line[k + 1] === "[")) {
      const link = findLink(line, k, brackets, labels);
      if (!link) {
        k++;
      } else if (link.image) {
        hide(k, link.end);
        k = link.end;
      } else {
        // The link text stays prose (and may hold emphasis or code); brackets and target go.
        hide(k, k + 1);
        hide(link.close, link.end);
        linkEnds.set(link.close, link.end);
        k++;
      }
    } else if (c === "<") {
      AUTOLINK.lastIndex = k;
      const auto = AUTOLINK.exec(line);
      if (auto) hide(k, k + auto[0].length);
      k += auto ? auto[0].length : 1;
    } else {
      k++;
    }
  }
  const rest = from === 0 ? line : line.slice(from);
  const at = (m: RegExpMatchArray): number => from + m.index!;
  if (rest.includes("<")) for (const m of rest.matchAll(HTML_TAG)) hide(at(m), at(m) + m[0].length);
  if (rest.includes("&")) for (const m of rest.matchAll(ENTITY)) hide(at(m) + (m[0] === "&amp;" ? 1 : 0), at(m) + m[0].length);
  for (const m of rest.matchAll(INLINE_SYNTAX)) hide(at(m), at(m) + m[0].length);
  for (const url of urlSpans(rest)) hide(from + url.start, from + url.end);
  return openComment;
}

interface Link {
  readonly image: boolean;
  /** The `]` closing the link text. */
  readonly close: number;
  /** After the target: `(…)`, `[label]`, or the `]` itself for a shortcut reference. */
  readonly end: number;
}

/**
 * The link or image opening at `at`: `[text](target)`, `[text][label]`, `[label]` with a defined
 * label, or a footnote mark `[^1]` (which goes entirely, like an image). A bracket that is no
 * link is left alone: `[Customer's Name]` is a template slot the rules must see.
 */
function findLink(line: string, at: number, brackets: readonly number[], labels: ReadonlySet<string>): Link | undefined {
  const image = line[at] === "!";
  const open = image ? at + 1 : at;
  const close = brackets[open] ?? -1;
  if (close < 0) return undefined;
  if (line[open + 1] === "^") return { image: true, close, end: close + 1 };
  const next = line[close + 1];
  if (next === "(") {
    INLINE_TARGET.lastIndex = close + 1;
    const target = INLINE_TARGET.exec(line);
    if (target) return { image, close, end: close + 1 + target[0].length };
  } else if (next === "[") {
    REFERENCE_LABEL.lastIndex = close + 1;
    const reference = REFERENCE_LABEL.exec(line);
    const label = reference && (reference[1]!.trim() || line.slice(open + 1, close));
    if (reference && labels.has(normalizeLabel(label!))) return { image, close, end: close + 1 + reference[0].length };
  }
  if (labels.has(normalizeLabel(line.slice(open + 1, close)))) return { image, close, end: close + 1 };
  return undefined;
}

/** For each `[` of a line, the index of its matching `]` (or -1), in one pass; escapes skipped. */
function matchBrackets(line: string): number[] {
  const match: number[] = [];
  const stack: number[] = [];
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === "\\") k++;
    else if (c === "[") {
      match[k] = -1;
      stack.push(k);
    } else if (c === "]" && stack.length) match[stack.pop()!] = k;
  }
  return match;
}

/** The runs of backticks of a line, to close a code span with the next run of equal length. */
class BacktickRuns {
  private readonly lengths = new Map<number, number>();
  private readonly starts = new Map<number, { readonly at: number[]; next: number }>();

  constructor(line: string) {
    for (const m of line.matchAll(/`+/g)) {
      const n = m[0].length;
      this.lengths.set(m.index, n);
      const runs = this.starts.get(n);
      if (runs) runs.at.push(m.index);
      else this.starts.set(n, { at: [m.index], next: 0 });
    }
  }

  /** Length of the run starting at `k` (the scan enters runs only at their start). */
  at(k: number): number {
    return this.lengths.get(k) ?? 1;
  }

  /** Start of the next run of exactly `n` backticks after `k`, or -1; `k` only grows. */
  closing(k: number, n: number): number {
    const runs = this.starts.get(n);
    if (!runs) return -1;
    while (runs.next < runs.at.length && runs.at[runs.next]! <= k) runs.next++;
    return runs.at[runs.next] ?? -1;
  }
}
