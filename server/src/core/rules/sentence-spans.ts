import type { Sentence } from "../letter";
import type { Span } from "../types";

/** Where `pattern` (without the global flag) first matches in `text`, as a span of `text`. */
export function matchSpan(pattern: RegExp, text: string): Span | undefined {
  const m = pattern.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The first span `find` reports in the sentences' own words, moved to document offsets. */
export function firstInSentences(sentences: readonly Sentence[], find: (own: string) => Span | undefined): Span | undefined {
  for (const s of sentences) {
    const found = find(s.own);
    if (found) return { start: s.start + found.start, end: s.start + found.end };
  }
  return undefined;
}
