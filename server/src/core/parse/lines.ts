import type { Span } from "../types";

/** The lines of a text, each without its terminator (`\n`, `\r\n` or a lone `\r`). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

const LIST_MARKER = /^[ \t]{0,3}(?:[-+*•–]|\d{1,9}[.)])[ \t]+(?=\S)/;
/** One or more `>` markers: nested quotes are someone else's words too. */
const QUOTE_MARKER = /^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?/;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']*[^\s<>()"'.,;:!?]/g;
/** A bare lower-case domain with a common top-level domain and maybe a path: "acme.com/returns". */
const DOMAIN =
  /(?<![\w@./-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.(?:com|org|net|edu|gov|io|co|uk|us|ca|au|de|fr|nl|ie|eu|info|biz|app|dev|ai|me|ly|shop|store|example|test)(?![\w@-])(?:\/[^\s<>()"']*[^\s<>()"'.,;:!?])?/g;
/** A bare email address: its parts are not words the writer wrote. */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?<!\.)/g;

/** Length of a list-item marker (with its following spaces) at the start of `line`, or 0. */
export function listMarkerLength(line: string): number {
  return LIST_MARKER.exec(line)?.[0].length ?? 0;
}

/** Length of a block-quote marker at the start of `line`, or 0. */
export function quoteMarkerLength(line: string): number {
  return QUOTE_MARKER.exec(line)?.[0].length ?? 0;
}

/** Bare web and email addresses in `line`, as spans relative to the line. */
export function urlSpans(line: string): Span[] {
  const spans: Span[] = [];
  if (line.includes("www.") || line.includes("://")) {
    for (const m of line.matchAll(URL)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (/\.[a-z]/.test(line)) {
    for (const m of line.matchAll(DOMAIN)) {
      if (!spans.some((s) => m.index >= s.start && m.index < s.end)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (line.includes("@")) {
    for (const m of line.matchAll(EMAIL)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
