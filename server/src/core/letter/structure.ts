import type { Line, ParsedDocument } from "../parse";
import type { Span } from "../types";

/** The parts of a letter, as spans of the original text. */
export interface LetterStructure {
  readonly greeting?: Span;
  /** From after the greeting to before the closing (or the P.S., or the end). */
  readonly body: Span;
  readonly closing?: Span;
  readonly signature: readonly Span[];
  readonly postscript?: Span;
}

const GREETING =
  /^(?:dear|hello|hi|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|attn:?|attention:?)\b[^.!?]{0,60}?(?:[,:!\u2014-]|$)/i;
const CLOSING =
  /^(?:(?:yours )?(?:sincerely|truly|faithfully|respectfully)(?: yours)?|(?:with )?(?:warm|warmest|kind|kindest|best|warm and sincere|sincere|many|my|our)? ?(?:regards|wishes)|best|all the best|warmly|cordially|respectfully yours|with (?:gratitude|thanks|appreciation|sincere apologies|apologies|care)|thanks(?: again)?|thank you(?: again)?|many thanks|cheers|take care|talk soon|yours|ever yours|on behalf of [^,]{1,60}|(?:with )?(?:deepest |sincere )?apologies(?: again)?)[ \t]*[,.!\u2014-]?$/i;
const POSTSCRIPT = /^p\.?\s?s\.?(?=[\s:,.-])/i;
/** A signature line is short and has no sentence inside it. */
const MAX_SIGNATURE_LINE = 80;

export function findStructure(doc: ParsedDocument): LetterStructure {
  const prose = doc.lines.filter((l) => l.kind !== "blank" && l.kind !== "hidden");
  const lineText = (l: Line): string => doc.prose.slice(l.start, l.end).trim();
  const trimmed = (l: Line): Span => trimSpan(doc.prose, l);

  const first = prose.find((l) => l.kind !== "heading");
  let greeting: Span | undefined;
  if (first && first.kind === "text") {
    const m = GREETING.exec(lineText(first));
    if (m) {
      const span = trimmed(first);
      greeting = { start: span.start, end: span.start + m[0].length };
    }
  }

  const psIndex = prose.findIndex((l) => l.kind !== "quote" && POSTSCRIPT.test(lineText(l)));
  const postscriptLine = psIndex >= 0 ? prose[psIndex] : undefined;
  const beforePs = psIndex >= 0 ? prose.slice(0, psIndex) : prose;

  let closing: Span | undefined;
  const signature: Span[] = [];
  for (let k = beforePs.length - 1; k >= 0; k--) {
    const line = beforePs[k]!;
    if (line.kind !== "text" && line.kind !== "heading") continue;
    if (CLOSING.test(lineText(line)) && (!greeting || line.start > greeting.end)) {
      closing = trimmed(line);
      for (const sig of beforePs.slice(k + 1)) {
        if (sig.end - sig.start > MAX_SIGNATURE_LINE) break;
        signature.push(trimmed(sig));
      }
      break;
    }
    // The closing sits in the last few lines; a long line means the body goes on to here.
    if (line.end - line.start > MAX_SIGNATURE_LINE || beforePs.length - k > 6) break;
  }

  const postscript = postscriptLine
    ? { start: trimmed(postscriptLine).start, end: endOfParagraph(doc, postscriptLine) }
    : undefined;
  const bodyStart = greeting?.end ?? 0;
  const bodyEnd = closing?.start ?? postscript?.start ?? doc.text.length;
  return {
    ...(greeting && { greeting }),
    body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
    ...(closing && { closing }),
    signature,
    ...(postscript && { postscript }),
  };
}

function trimSpan(prose: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(prose[start]!)) start++;
  while (end > start && /\s/.test(prose[end - 1]!)) end--;
  return { start, end };
}

/** The end of the paragraph that starts at `line`: the last non-blank line before a blank one. */
function endOfParagraph(doc: ParsedDocument, line: Line): number {
  let end = line.end;
  for (const l of doc.lines) {
    if (l.start <= line.start) continue;
    if (l.kind === "blank" || l.kind === "hidden") break;
    end = l.end;
  }
  return trimSpan(doc.prose, { start: line.start, end }).end;
}
