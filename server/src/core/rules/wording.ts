import type { Fix } from "../types";

/** The document's line ending, so inserted lines match it (CRLF stays CRLF). */
export function lineEnding(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/**
 * True when a sentence starts at `at` in `prose`: nothing before it but the end of another
 * sentence, a colon, a paragraph break, or a line that does not run on into this one.
 */
export function startsSentence(prose: string, at: number): boolean {
  let k = at - 1;
  let newlines = 0;
  while (k >= 0 && /\s/.test(prose[k]!)) {
    if (prose[k] === "\n") newlines++;
    k--;
  }
  if (k < 0 || newlines > 1) return true;
  const c = prose[k]!;
  if (/[.!?:\u2026]/.test(c)) return true;
  return newlines === 1 && !/[\p{Ll},;\u2014\u2013-]/u.test(c);
}

/** `word` with its first letter capitalised. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The wording that replaces `original`: capitalised at the start of a sentence, or when the
 * original was a capitalised word ("Gonna" → "Going to"), lower case otherwise.
 */
export function inCase(wording: string, original: string, sentenceStart: boolean): string {
  const capitalised = /^\p{Lu}/u.test(original) && !/^\p{Lu}[\p{Lu}\d]+s?$/u.test(original);
  return sentenceStart || capitalised ? capitalize(wording) : wording;
}

/** A fix that puts `newText` in place of `[start, end)`. */
export function replaceFix(title: string, start: number, end: number, newText: string, safe = true): Fix {
  return { title, edits: [{ start, end, newText }], safe };
}
