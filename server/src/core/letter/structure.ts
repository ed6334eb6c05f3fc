import type { Line, ParsedDocument } from "../parse";
import type { Span } from "../types";

/** The parts of a letter, as spans of the original text. */
export interface LetterStructure {
  readonly greeting?: Span;
  /** From after the greeting (or the title) to before the closing (or the P.S., or the end). */
  readonly body: Span;
  readonly closing?: Span;
  /** The name lines after the closing (a footer after a blank line is not among them). */
  readonly signature: readonly Span[];
  readonly postscript?: Span;
}

/** Titles and initials whose dot does not end a name: "Dear Mr. and Mrs. Adeyemi,". */
const NAME_CHAR = String.raw`(?:[^.!?,:;\u2014\n]|(?<=\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Fr|Sr|Jr|St|Hon|Capt|Sgt|Lt|Col|Gen|Mme|Mlle|[A-Z]))\.)`;
const GREETING = new RegExp(
  String.raw`^(?:dear(?:est)?|hello|hi|hey|hiya|howdy|greetings|kia\s+ora|aloha|g['\u2019]day|bonjour|hola|good (?:morning|afternoon|evening|day)|to whom it may concern|attn|attention)` +
    String.raw`(?=$|[\s,:!\u2014])${NAME_CHAR}{0,60}?(?:[,:\u2014]|!+|[ \t]-(?=[ \t]|$)|$)`,
  "i",
);
/** A whole line addressing a group: "To our customers,", "To everyone affected by the outage:". */
const GROUP_GREETING = /^to (?:all (?:of )?)?(?:our|my|every(?:one)?|all)\b[^.!?]{0,50}[,:]$/i;
/** What a closing may be sent "with". */
const SENTIMENT = String.raw`(?:(?:sincere|deepest|heartfelt|humble|renewed|warm|many) )?(?:gratitude|thanks|appreciation|care|respect|love|apology|apologies|regret|regrets|sympathy|warmth|best wishes)`;
const CLOSING_PHRASE = [
  String.raw`(?:yours )?(?:very )?(?:sincerely|truly|faithfully|respectfully|cordially|gratefully)(?: yours)?`,
  String.raw`(?:with )?(?:(?:my|our|all) )?(?:(?:very )?(?:warm|warmest|kind|kindest|best|sincere|sincerest|heartfelt|fond|many|good|warm and sincere) )?(?:regards|wishes)`,
  String.raw`(?:all )?(?:the )?best|warmly|warmest|humbly|yours(?: ever)?|ever yours`,
  // "With gratitude", "With apology and gratitude", "With our thanks and apologies".
  String.raw`(?:with )?(?:(?:my|our) )?(?:${SENTIMENT})(?: and (?:${SENTIMENT}))?`,
  String.raw`(?:(?:once )?again,? )?(?:with )?(?:(?:my|our) )?(?:(?:sincere|sincerest|deepest|heartfelt|humble|renewed|many) )?apologies(?: (?:once )?again)?`,
  String.raw`(?:many )?thanks(?: (?:again|so much|a lot))?|thank you(?: (?:again|so much|very much|once again))?` +
    String.raw`(?: for your (?:patience|understanding|time|business|custom|loyalty|support|trust)(?: and (?:patience|understanding|support|trust))?)?`,
  String.raw`thanks (?:and|&) regards|cheers|take care|talk soon|speak soon|see you soon|be well|stay safe|on behalf of [^,.!?]{1,60}`,
].join("|");
/** A line that is a closing phrase and nothing else but punctuation or an emoji. */
const CLOSING = new RegExp(String.raw`^(?:${CLOSING_PHRASE})[^\p{L}\p{N}]{0,6}$`, "iu");
/** A closing with the name on the same line: "Best, Ana" or "Thanks — The KickLab Team". */
const CLOSING_WITH_NAME = new RegExp(String.raw`^((?:${CLOSING_PHRASE})[ \t]*(?:,|[\u2013\u2014-](?=[ \t])))[ \t]*(\p{Lu}[^.!?;:]{0,40})$`, "iu");
/** A name signed after a dash, with no closing phrase: "— The Acme team". */
const DASH_SIGNATURE = /^([\u2013\u2014]|--?)[ \t]*(\p{Lu}[^.!?;:]{0,40})$/u;
const POSTSCRIPT = /^p\.?[ \t]?(?:p\.?[ \t]?)*s\b\.?/i;
/** Lines that make up the top of a letter before its greeting: a date, an address, a subject. */
const MAX_LETTERHEAD_LINES = 6;
/** A signature or letterhead line is short; a longer line is a sentence of the body. */
const MAX_SHORT_LINE = 80;
/** A line ending in a full stop with this many words is a sentence, not a name. */
const SENTENCE_WORDS = 4;
/** How far back from the end a closing is looked for, in lines with text. */
const MAX_CLOSING_DISTANCE = 12;
/** An informal closing ("See you in the game,") is a short line; its name lines are short too. */
const MAX_INFORMAL_LINE = 60;
const MAX_NAME_LINES = 3;

export function findStructure(doc: ParsedDocument): LetterStructure {
  const lines = doc.lines.filter((l) => l.kind !== "blank" && l.kind !== "hidden" && !isBlank(doc.prose, l));
  const greeting = findGreeting(doc, lines);
  const postscript = findPostscript(doc, lines, greeting);
  const outsidePs = postscript ? lines.filter((l) => l.end <= postscript.start || l.start >= postscript.end) : lines;
  const signOff = findSignOff(doc, outsidePs, greeting);
  // Without a greeting the body starts at the first line that is not the title.
  const bodyStart = greeting?.end ?? lines.find((l) => l.kind !== "heading")?.start ?? 0;
  const bodyEnd = Math.min(signOff?.closing.start ?? doc.text.length, postscript?.start ?? doc.text.length);
  return {
    ...(greeting && { greeting }),
    body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
    ...(signOff && { closing: signOff.closing }),
    signature: signOff?.signature ?? [],
    ...(postscript && { postscript }),
  };
}

/** "Dear Ms. Okafor," on the first line of text, after any title or short letterhead lines. */
function findGreeting(doc: ParsedDocument, lines: readonly Line[]): Span | undefined {
  let letterhead = 0;
  for (const line of lines) {
    if (line.kind === "heading") continue;
    const span = trimSpan(doc.prose, line);
    if (line.kind !== "text" || span.end - span.start > MAX_SHORT_LINE || letterhead++ >= MAX_LETTERHEAD_LINES) return undefined;
    const text = doc.prose.slice(span.start, span.end);
    if (GROUP_GREETING.test(text)) return span;
    const m = GREETING.exec(text);
    if (!m) continue;
    const end = span.start + m[0].length;
    // "Hey Raiders! 👋": what follows on the line without a word still belongs to the greeting.
    return /[\p{L}\p{N}]/u.test(doc.prose.slice(end, span.end)) ? { start: span.start, end } : span;
  }
  return undefined;
}

/** The P.S. after the greeting: its paragraph, and any P.P.S. paragraphs that follow it. */
function findPostscript(doc: ParsedDocument, lines: readonly Line[], greeting: Span | undefined): Span | undefined {
  const first = lines.find((l) => l.kind !== "quote" && l.start >= (greeting?.end ?? 0) && POSTSCRIPT.test(lineText(doc, l)));
  if (!first) return undefined;
  let end = endOfParagraph(doc, first);
  for (const line of lines) {
    if (line.start > end && POSTSCRIPT.test(lineText(doc, line))) end = endOfParagraph(doc, line);
  }
  return { start: trimSpan(doc.prose, first).start, end };
}

interface SignOff {
  readonly closing: Span;
  readonly signature: Span[];
}

/**
 * The closing phrase and the name lines after it, looked for upwards from the end of the letter
 * (before the P.S.): a known phrase ("Kind regards,"), a phrase with the name on its line
 * ("Best, Ana"), or an informal closing line ending in a comma followed by a short name block.
 */
function findSignOff(doc: ParsedDocument, lines: readonly Line[], greeting: Span | undefined): SignOff | undefined {
  const first = Math.max(0, lines.length - MAX_CLOSING_DISTANCE);
  for (let k = lines.length - 1; k >= first; k--) {
    const line = lines[k]!;
    if (greeting && line.start < greeting.end) break;
    if (line.kind !== "text" && line.kind !== "heading") continue;
    const span = trimSpan(doc.prose, line);
    const text = doc.prose.slice(span.start, span.end);
    if (CLOSING.test(text) || isInformalClosing(doc, lines, k)) {
      const signature = signatureAfter(doc, line);
      // "Thank you." followed by more sentences was the body's, not a closing.
      if (signature.length > 0 || k === lines.length - 1) return { closing: span, signature };
      continue;
    }
    // A dashed name under a closing phrase is that closing's signature, found on the next line up.
    const withName = CLOSING_WITH_NAME.exec(text) ?? (k > 0 && CLOSING.test(lineText(doc, lines[k - 1]!)) ? null : DASH_SIGNATURE.exec(text));
    if (withName && k === lines.length - 1) {
      const nameStart = span.start + text.length - withName[2]!.length;
      return { closing: { start: span.start, end: span.start + withName[1]!.length }, signature: [{ start: nameStart, end: span.end }] };
    }
  }
  return undefined;
}

/**
 * "See you in the game," opening the last paragraph, then one to three short name lines, in the
 * same paragraph or, when the closing line stands alone, in the next one ("Thanks for sticking
 * with us,", a blank line, "Omar Whitfield").
 */
function isInformalClosing(doc: ParsedDocument, lines: readonly Line[], k: number): boolean {
  const line = lines[k]!;
  const text = lineText(doc, line);
  if (!text.endsWith(",") || text.length > MAX_INFORMAL_LINE || k === 0 || !opensParagraph(doc, line)) return false;
  const names = lines.slice(k + 1, k + 2 + MAX_NAME_LINES);
  let count = 0;
  for (const [i, name] of names.entries()) {
    if (opensParagraph(doc, name) && i > 0) break;
    const t = lineText(doc, name);
    if (name.kind !== "text" || t.length > MAX_INFORMAL_LINE || /[.!?:;,]$/.test(t)) return false;
    count++;
  }
  return count >= 1 && count <= MAX_NAME_LINES;
}

/** The first paragraph after the closing (a blank line may come first), as short lines. */
function signatureAfter(doc: ParsedDocument, closing: Line): Span[] {
  const signature: Span[] = [];
  for (let k = indexOfLine(doc, closing) + 1; k < doc.lines.length; k++) {
    const line = doc.lines[k]!;
    if (line.kind === "hidden") continue;
    if (line.kind === "blank" || isBlank(doc.prose, line)) {
      if (signature.length) break;
      continue;
    }
    const span = trimSpan(doc.prose, line);
    if (POSTSCRIPT.test(lineText(doc, line)) || !isNameLine(doc.prose.slice(span.start, span.end))) break;
    signature.push(span);
  }
  return signature;
}

/** A name, a position or a company: short, and not a sentence ("Kettle & Co." is a name). */
function isNameLine(text: string): boolean {
  return text.length <= MAX_SHORT_LINE && !(/[.!?]$/.test(text) && text.split(/\s+/).length >= SENTENCE_WORDS);
}

function opensParagraph(doc: ParsedDocument, line: Line): boolean {
  const previous = doc.lines[indexOfLine(doc, line) - 1];
  return !previous || previous.kind === "blank" || previous.kind === "hidden" || isBlank(doc.prose, previous);
}

function lineText(doc: ParsedDocument, line: Span): string {
  const { start, end } = trimSpan(doc.prose, line);
  return doc.prose.slice(start, end);
}

function isBlank(prose: string, span: Span): boolean {
  const { start, end } = trimSpan(prose, span);
  return end <= start;
}

function trimSpan(prose: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(prose[start]!)) start++;
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  return { start, end };
}

/** The end of the paragraph that starts at `line`: the last line with text before a blank one. */
function endOfParagraph(doc: ParsedDocument, line: Line): number {
  let end = line.end;
  for (let k = indexOfLine(doc, line) + 1; k < doc.lines.length; k++) {
    const l = doc.lines[k]!;
    if (l.kind === "blank" || l.kind === "hidden" || isBlank(doc.prose, l)) break;
    end = l.end;
  }
  return trimSpan(doc.prose, { start: line.start, end }).end;
}

/** The index of `line` in the document's lines (ordered by offset), by binary search. */
function indexOfLine(doc: ParsedDocument, line: Span): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.lines[mid]!.start < line.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
