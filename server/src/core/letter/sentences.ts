import type { Line, LineKind, ParsedDocument } from "../parse";
import type { Span } from "../types";
import { isEmojiCodePoint, isEmojiJoiner, isHighSurrogate, isSpaceCode } from "../text/chars";
import type { LetterStructure } from "./structure";

export type Zone = "title" | "body" | "postscript";

export interface Sentence extends Span {
  /** The prose of the sentence: same length as the original, syntax blanked. */
  readonly text: string;
  /** `text` with quoted passages ("…", “…”) blanked: what the writer says in their own voice. */
  readonly own: string;
  readonly zone: Zone;
  readonly kind: Exclude<LineKind, "blank" | "hidden">;
  /** Index of the paragraph (block) in the letter, counting from 0. */
  readonly paragraph: number;
}

/** Abbreviations a name or a phrase follows: their dot never ends a sentence. */
const CONTINUING = new Set(
  (
    "mr mrs ms mx messrs mmes mme mlle dr prof rev fr hon gen col capt cmdr lt sgt cpl maj adm gov sen rep pres supt insp st " +
    "e.g i.e cf viz vs approx incl excl esp p.s p.p.s ps pps"
  ).split(" "),
);
/** Abbreviations a number follows ("No. 5", "Sat. 12 May", "p. 3"): their dot ends nothing before a digit. */
const BEFORE_NUMBER = new Set(
  (
    "no nos nr p pp vol fig ref tel ext apt ch sec art ave rd ca est " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);
/** Where a sentence may end: terminal marks, a colon, a newline, a pictograph (or a surrogate, maybe one). */
const CANDIDATE = /[.!?\u2026:\n\u2600-\u27bf\ud800-\udbff]/g;

/** Splits the letter's body, title and P.S. into sentences, in one pass over the text. */
export function splitSentences(doc: ParsedDocument, structure: LetterStructure): Sentence[] {
  const sentences: Sentence[] = [];
  const signatureEnd = structure.signature.at(-1)?.end ?? structure.closing?.end;
  const hardBreaks = doc.format === "markdown";
  let paragraph = 0;
  let block: { start: number; end: number; kind: Sentence["kind"]; zone: Zone } | undefined;

  const flush = (): void => {
    if (!block) return;
    // Quotations are blanked over the whole paragraph: a quoted passage may hold several sentences.
    const own = blankQuotations(doc.prose.slice(block.start, block.end));
    for (const span of splitBlock(doc, block.start, block.end, hardBreaks)) {
      const text = doc.prose.slice(span.start, span.end);
      const ownText = own.slice(span.start - block.start, span.end - block.start);
      // Fields listed, not spread from `span`: V8 builds spread literals many times slower.
      sentences.push({ start: span.start, end: span.end, text, own: ownText, zone: block.zone, kind: block.kind, paragraph });
    }
    paragraph++;
    block = undefined;
  };

  for (const line of doc.lines) {
    const zone = zoneOf(line, structure, signatureEnd);
    if (zone === undefined || line.kind === "blank" || line.kind === "hidden") {
      flush();
      continue;
    }
    const kind = line.kind;
    const greeting = structure.greeting;
    const onGreetingLine = greeting !== undefined && line.start < greeting.end && line.end > greeting.start;
    const start = onGreetingLine ? Math.max(line.start, greeting.end) : line.start;
    const end = Math.min(line.end, zone === "body" ? structure.body.end : line.end);
    if (end <= start || !/\S/.test(doc.prose.slice(start, end))) continue;
    const continues = block && block.zone === zone && block.kind === kind && kind !== "list-item" && kind !== "heading";
    if (!continues) {
      flush();
      block = { start, end, kind, zone };
    } else {
      block!.end = end;
    }
  }
  flush();
  return sentences;
}

function zoneOf(line: Line, s: LetterStructure, signatureEnd: number | undefined): Zone | undefined {
  if (s.postscript && line.start >= s.postscript.start && line.start < s.postscript.end) return "postscript";
  if (line.end <= s.body.start) return line.kind === "heading" ? "title" : undefined;
  if (line.start >= s.body.end) return undefined;
  if (signatureEnd !== undefined && s.closing && line.start >= s.closing.start && line.start < signatureEnd) return undefined;
  return "body";
}

/**
 * Sentence spans (trimmed) inside `prose[start, end)`. The scan jumps from one possible end to
 * the next and never goes back; look-behinds read a dozen characters at most.
 */
function splitBlock(doc: ParsedDocument, start: number, end: number, hardBreaks: boolean): Span[] {
  const { prose, text } = doc;
  const spans: Span[] = [];
  // A slice of the block keeps the candidate search inside it (V8 slices without copying).
  const block = prose.slice(start, end);
  let from = start;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(block); m; m = CANDIDATE.exec(block)) {
    const i = start + m.index;
    const c = prose.charCodeAt(i);
    let j = i + 1;
    let boundary = false;
    if (c === 10) {
      boundary = hardBreaks && isHardBreak(text, i) && startsSentence(prose, j, end);
    } else if (c === 58) {
      boundary = endsLine(prose, j, end); // "Here is what we did:" before a list
    } else if (isTerminal(c)) {
      while (j < end && (isTerminal(prose.charCodeAt(j)) || isCloser(prose.charCodeAt(j)))) j++;
      if (j < end && !isSpaceCode(prose.charCodeAt(j))) {
        CANDIDATE.lastIndex = j - start; // "3.5", "$19.99", "e.g", "Node.js": no space, no boundary
        continue;
      }
      j = afterEmoji(prose, j, end); // "Sorry about that!! 🙈": the emoji belongs to the sentence it ends
      boundary = isBoundary(prose, from, i, j, end);
    } else if (isEmojiCodePoint(prose.codePointAt(i)!) && followsWords(prose, from, i)) {
      j = afterEmoji(prose, i, end); // "on us 😬 Our servers…": the emoji stands for a full stop
      boundary = startsSentence(prose, j, end);
    }
    if (boundary) {
      pushTrimmed(prose, from, c === 10 ? i : j, spans);
      from = j;
    }
    CANDIDATE.lastIndex = j - start;
  }
  pushTrimmed(prose, from, end, spans);
  return spans;
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** Closing quotes and brackets after the full stop: `."`, `.”`, `.)`. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

function isBoundary(prose: string, from: number, punct: number, after: number, end: number): boolean {
  const k = skipSpaces(prose, after, end);
  if (k >= end) return true;
  const next = prose[k]!;
  if (/\p{Ll}/u.test(next)) return false;
  if (prose[punct] !== "." || (after - punct > 1 && prose[punct + 1] !== ".")) return true;
  const word = /[\p{L}.]+$/u.exec(prose.slice(Math.max(from, punct - 12), punct))?.[0].toLowerCase() ?? "";
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(prose[punct - 1]!)) return false; // an initial: "J. Smith"
  if (CONTINUING.has(word)) return false;
  if (BEFORE_NUMBER.has(word) || /^\p{L}$/u.test(word)) return !/\p{N}/u.test(next);
  return true;
}

/** A sentence starts at `at` (after spaces): a capital, a digit, or something not a lower-case word. */
function startsSentence(prose: string, at: number, end: number): boolean {
  const k = skipSpaces(prose, at, end);
  return k < end && !/\p{Ll}/u.test(prose[k]!);
}

/** A Markdown hard line break before the newline at `nl`: two spaces or a backslash. */
function isHardBreak(text: string, nl: number): boolean {
  let k = nl;
  if (text[k - 1] === "\r") k--;
  return text[k - 1] === "\\" || (text[k - 1] === " " && text[k - 2] === " ");
}

function endsLine(prose: string, at: number, end: number): boolean {
  let k = at;
  while (k < end && (prose[k] === " " || prose[k] === "\t")) k++;
  return k < end && prose[k] === "\n";
}

/** The position after the run of emoji (with joiners, and spaces between them) at or after `at`. */
function afterEmoji(prose: string, at: number, end: number): number {
  let k = at;
  let last = at;
  while (k < end) {
    const cp = prose.codePointAt(k)!;
    if (isEmojiCodePoint(cp) || isEmojiJoiner(cp)) last = k += cp > 0xffff ? 2 : 1;
    else if (isSpaceCode(cp)) k++;
    else break;
  }
  return last;
}

/** Something other than spaces comes before `at` in the sentence: "✔ Refunded" starts with its emoji. */
function followsWords(prose: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k >= from && isSpaceCode(prose.charCodeAt(k))) k--;
  return k >= from;
}

function skipSpaces(prose: string, at: number, end: number): number {
  let k = at;
  while (k < end && isSpaceCode(prose.charCodeAt(k))) k++;
  return k;
}

/**
 * Hardly any real sentence is this long (about 70 words). Text without full stops (a pasted log, a binary file) is cut
 * into pieces of at most this size, so that no per-sentence pattern ever sees a long input and
 * analysis stays linear in the document's length.
 */
export const MAX_SENTENCE_LENGTH = 400;

function pushTrimmed(prose: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpaceCode(prose.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(prose.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = prose.lastIndexOf(" ", start + MAX_SENTENCE_LENGTH);
    if (cut <= start) cut = start + MAX_SENTENCE_LENGTH - (isHighSurrogate(prose.charCodeAt(start + MAX_SENTENCE_LENGTH - 1)) ? 1 : 0);
    pushTrimmed(prose, start, cut, out);
    start = cut;
    while (start < end && isSpaceCode(prose.charCodeAt(start))) start++;
  }
  // Punctuation left alone (the full stop after a blanked address) is no sentence.
  if (end > start && WORDLIKE.test(prose.slice(start, end))) out.push({ start, end });
}

const WORDLIKE = /[\p{L}\p{N}]/u;

const QUOTATION = /"[^"\n]{1,2000}"|\u201c[^\u201d\n]{1,2000}\u201d/g;

/** Blanks the passages in double quotation marks, keeping offsets. */
export function blankQuotations(text: string): string {
  return text.includes('"') || text.includes("\u201c")
    ? text.replace(QUOTATION, (q) => " ".repeat(q.length))
    : text;
}
