import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Analysis, Finding, Fix, Span } from "../../server/src/core";

/** Characters that break naive text handling: surrogates (paired and lone), marks, bidi, zero-width, controls, every line break. */
export const HOSTILE_UNITS = [
  "\u{1F600}", "\u{1F44D}\u{1F3FD}", "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", "\u{1F1EC}\u{1F1E7}", "\u2764\uFE0F",
  "e\u0301", "\u0301", "\u0361", "\uD83D", "\uDE00", "\uDBFF", "\uDC00",
  "\u202E", "\u202D", "\u200F", "\u200E", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E9\u05DC\u05D5\u05DD",
  "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD",
  "\0", "\x07", "\x1B[31m", "\x7F", "\uFFFD", "\uFFFF", "\u{10FFFF}", "\u{E0001}",
  "\r\n", "\r", "\n", "\n\n", "\r\r\n", "\u2028", "\u2029", "\u0085", "\v", "\f", "\t", " ", "\u00A0", "\u3000",
  "\uFB01", "\u0130", "\u00DF", "\u01C5", "\u2126", "\u212A",
];

/** Pieces of letters that make rules and detectors fire, so fixes get exercised. */
export const LETTER_PIECES = [
  "Dear Ana,", "Dear [Customer's Name],", "Hi there!", "Hey guys", "Hello Sam,", "To whom it may concern,",
  "I am so sorry for the late delivery of your order.", "We apologize if you were upset.", "Sorry for any inconvenience caused.",
  "We take full responsibility for this mistake.", "It was the courier's fault, not ours.", "Unfortunately our supplier failed.",
  "We have refunded the full amount.", "We will send a replacement today.", "We have changed our packing process so this never happens again.",
  "We will try to do better.", "We are looking into it.", "lol", "btw", "u", "gonna", "ASAP!!!", "THIS IS UNACCEPTABLE", ":)", "\u{1F642}",
  "the the", "definately", "recieve", "SLA", "per our ticketing workflow", "escalated to L2", "synergy",
  "[Your Name]", "[Your Position]", "[Company Name]", "{{first_name}}", "<NAME>", "XXX",
  "Kind regards,", "Sincerely,", "Best,", "Daniel Reyes", "Customer Care Team", "P.S.", "PS:",
  "# ", "## Heading", "> ", "- ", "* ", "1. ", "```", "```\ncode\n```", "`code`", "**", "_", "~~", "---", "...", "\\",
  "<!-- apology-lint-disable -->", "<!-- apology-lint-enable -->", "<!-- apology-lint-disable-next-line jargon casual-tone -->", "<!--", "-->",
  "---\napology-lint: true\n---\n", "https://example.com/a?b=c", "[link](https://example.com)", "<b>", "&amp;", "|", "| a | b |",
  ".", "!", "?", ",", ";", ":", "'", "\u2019", "\"", "\u201C", "(", ")", "[", "]", "{", "}", "0", "42", "$10.00", "3 days late",
];

const unit = fc.constantFrom(...HOSTILE_UNITS);
const piece = fc.constantFrom(...LETTER_PIECES);
/** Any UTF-16 code units at all, lone surrogates included. */
const codeUnits = fc.string({ unit: "binary", maxLength: 12 });
const words = fc.string({ unit: fc.constantFrom("a", "e", "s", "t", "I", " ", "\u00E9", "\u4E2D"), maxLength: 10 });

/** Text built from hostile units, letter pieces, raw code units and short words, joined with separators. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: piece, weight: 5 }, { arbitrary: unit, weight: 4 }, { arbitrary: codeUnits, weight: 1 }, { arbitrary: words, weight: 2 }), { maxLength: 50 })
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "\n", "\r\n", "\n\n", "\r", ". "), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]!).join("")));

const CORPUS = join(__dirname, "..", "fixtures", "corpus");
export const CORPUS_LETTERS: readonly string[] = readdirSync(CORPUS)
  .filter((f) => /^(?:seed|dev)-\d+\.(?:txt|md)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(CORPUS, f), "utf8"));

/** A real letter with hostile text inserted at random places: deep enough into a letter that every rule and fix runs. */
export const mutatedLetter: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CORPUS_LETTERS), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(unit, piece, codeUnits)), { maxLength: 8 }), fc.boolean())
  .map(([letter, inserts, crlf]) => {
    let text = crlf ? letter.replace(/\r?\n/g, "\r\n") : letter;
    for (const [at, insert] of inserts) {
      const i = Math.floor(at * text.length);
      text = text.slice(0, i) + insert + text.slice(i);
    }
    return text;
  });

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether `offset` is a valid place to cut `text`: inside it, and not between the halves of a surrogate pair. */
export function isBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  return !(offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

/** The first span problem in `spans`, described, or undefined when every span is sound. */
export function badSpan(text: string, spans: Iterable<Span & { readonly what: string }>): string | undefined {
  for (const s of spans) {
    if (!isBoundary(text, s.start) || !isBoundary(text, s.end) || s.start > s.end) return `${s.what} [${s.start}, ${s.end}) in a text of ${text.length}`;
  }
  return undefined;
}

/** Every span an analysis reports: findings, their fixes' edits, element evidence, the offense. */
export function* spansOf(analysis: Analysis): Generator<Span & { readonly what: string }> {
  for (const f of analysis.findings) {
    yield { what: `finding ${f.code}`, start: f.start, end: f.end };
    for (const fix of f.fixes) for (const e of fix.edits) yield { what: `edit of ${f.code} "${fix.title}"`, start: e.start, end: e.end };
  }
  for (const [id, result] of Object.entries(analysis.elements)) for (const s of result.evidence) yield { what: `evidence of ${id}`, ...s };
  if (analysis.offense.span) yield { what: "offense", ...analysis.offense.span };
}

/** What an analysis says, without the parsed letter: the part that must be the same every time. */
export const verdict = (a: Analysis) => ({ findings: a.findings, elements: a.elements, situation: a.situation, offense: a.offense, stats: a.stats });

/** Whether the string has a surrogate half without its partner. */
export const hasLoneSurrogate = (text: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** The text with one fix applied, its edits from the end so earlier offsets stay valid. */
export function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Where `offset` of the original text lands after the fix's edits (an insertion at `offset` goes before it with the right bias). */
function mapOffset(fix: Fix, offset: number, bias: "left" | "right"): number {
  let shift = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    if (e.end < offset || (e.end === offset && (e.start < offset || bias === "right"))) shift += e.newText.length - (e.end - e.start);
    else if (e.start < offset && offset < e.end) return bias === "left" ? e.start + shift : e.start + shift + e.newText.length;
  }
  return offset + shift;
}

/** Codes that concern the whole letter: fixing them must remove them everywhere. */
export const wholeLetter = (code: string): boolean => code.startsWith("missing-") || code === "too-long";

/**
 * The finding the fix should have removed, if it is still at the fixed place after re-analysis.
 * Another finding of the same code that merely moved there (an identical sentence after the one
 * removed) does not count.
 */
export function survivor(finding: Finding, fix: Fix, before: readonly Finding[], after: readonly Finding[]): Finding | undefined {
  if (wholeLetter(finding.code)) return after.find((f) => f.code === finding.code);
  const touched = fix.edits.filter((e) => e.start <= finding.end && finding.start <= e.end);
  const from = Math.min(mapOffset(fix, finding.start, "left"), ...touched.map((e) => mapOffset(fix, e.start, "left")));
  const to = Math.max(mapOffset(fix, finding.end, "right"), ...touched.map((e) => mapOffset(fix, e.end, "right")));
  const moved = new Set(before.filter((f) => f.code === finding.code && f !== finding).map((f) => mapOffset(fix, f.start, "right")));
  return after.find((f) => f.code === finding.code && !moved.has(f.start) && f.start < Math.max(to, from + 1) && from < Math.max(f.end, f.start + 1));
}
