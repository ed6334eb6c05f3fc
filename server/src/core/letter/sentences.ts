import type { Line, LineKind, ParsedDocument } from "../parse";
import type { Span } from "../types";
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

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms mx dr prof st jr sr messrs rev hon gen col capt lt sgt fig no nos vs v approx apt ave blvd " +
    "dept est inc ltd co corp llc plc ref tel ext e.g i.e cf ca jan feb mar apr jun jul aug sep sept oct nov dec " +
    "mon tue tues wed thu thur thurs fri sat sun u.s u.k u.s.a e.u p.o"
  ).split(" "),
);
/** Abbreviations that may also end a sentence: split after them when a capital follows. */
const FINAL_ABBREVIATIONS = new Set(["etc", "a.m", "p.m", "inc", "ltd", "co", "corp", "llc", "plc", "u.s", "u.k", "e.u"]);
const TERMINAL = /[.!?\u2026]/;
const CLOSER = /["'\u201d\u2019)\]]/;

/** Splits the letter's body, title and P.S. into sentences, in one pass over the text. */
export function splitSentences(doc: ParsedDocument, structure: LetterStructure): Sentence[] {
  const sentences: Sentence[] = [];
  const signatureEnd = structure.signature.at(-1)?.end ?? structure.closing?.end;
  let paragraph = 0;
  let block: { start: number; end: number; kind: Sentence["kind"]; zone: Zone } | undefined;

  const flush = (): void => {
    if (!block) return;
    for (const span of splitBlock(doc.prose, block.start, block.end)) {
      const text = doc.prose.slice(span.start, span.end);
      sentences.push({ ...span, text, own: blankQuotations(text), zone: block.zone, kind: block.kind, paragraph });
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
    const start = Math.max(line.start, structure.greeting && line.start < structure.greeting.end ? structure.greeting.end : line.start);
    const end = Math.min(line.end, zone === "body" ? structure.body.end : line.end);
    if (end <= start || doc.prose.slice(start, end).trim() === "") continue;
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

/** Sentence spans (trimmed) inside `prose[start, end)`. */
function splitBlock(prose: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = prose[i]!;
    const colonBreak = c === ":" && /^[ \t]*\n/.test(prose.slice(i + 1, Math.min(end, i + 40)));
    if (!TERMINAL.test(c) && !colonBreak) continue;
    let j = i + 1;
    while (j < end && (TERMINAL.test(prose[j]!) || CLOSER.test(prose[j]!))) j++;
    if (j < end && !/\s/.test(prose[j]!)) {
      i = j - 1;
      continue;
    }
    if (colonBreak || isBoundary(prose, from, i, j, end)) {
      pushTrimmed(prose, from, j, spans);
      from = j;
    }
    i = j - 1;
  }
  pushTrimmed(prose, from, end, spans);
  return spans;
}

function isBoundary(prose: string, from: number, punct: number, after: number, end: number): boolean {
  let k = after;
  while (k < end && /\s/.test(prose[k]!)) k++;
  if (k >= end) return true;
  const next = prose[k]!;
  if (/\p{Ll}/u.test(next)) return false;
  if (prose[punct] !== "." || after - punct > 1 && prose[punct + 1] !== ".") return true;
  const word = /[\p{L}.]+$/u.exec(prose.slice(Math.max(from, punct - 12), punct))?.[0].toLowerCase() ?? "";
  if (/^\p{L}$/u.test(word)) return !/\p{Lu}/u.test(prose[punct - 1]!); // an initial: "J. Smith"
  if (FINAL_ABBREVIATIONS.has(word)) return /\p{Lu}/u.test(next) && !/^(?:inc|ltd|co|corp|llc|plc)$/.test(word);
  return !ABBREVIATIONS.has(word);
}

function pushTrimmed(prose: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(prose[start]!)) start++;
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

const QUOTATION = /"[^"\n]{1,400}"|\u201c[^\u201d\n]{1,400}\u201d/g;

/** Blanks the passages in double quotation marks, keeping offsets. */
export function blankQuotations(text: string): string {
  return text.includes('"') || text.includes("\u201c")
    ? text.replace(QUOTATION, (q) => " ".repeat(q.length))
    : text;
}
