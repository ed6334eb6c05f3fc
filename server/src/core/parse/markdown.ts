import type { Span } from "../types";
import type { Line, LineKind, ParsedDocument } from "./document";
import { readFrontMatter } from "./front-matter";
import { maskInline, normalizeLabel } from "./inline";
import { listMarkerLength, quoteMarkerLength, splitLines } from "./lines";
import { Mask } from "./mask";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*\S/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const INDENTED_CODE = /^(?: {4}|\t)/;
/** Whether a line may open a block other than a paragraph: most lines start with a word and need no more tests. */
const BLOCK_START = /^(?:[ \t]*[-`~=*_[|:#>+\u2022\u2013\d]|(?: {4}|\t))/;
/**
 * Reduces CommonMark to the writer's prose. Block structure is read line by line (front matter,
 * fences, indented code, headings, quotes, lists, rules, link definitions, HTML comments) and
 * inline syntax is blanked (code spans, link targets, images, autolinks, tags, emphasis marks).
 */
export function parseMarkdown(text: string): ParsedDocument {
  const mask = new Mask(text);
  const spans = splitLines(text);
  const lines: Line[] = [];
  const lineText = (span: Span): string => text.slice(span.start, span.end);
  const hideLine = (span: Span): void => {
    mask.hide(span.start, span.end);
    lines.push({ start: span.start, end: span.end, kind: "hidden" });
  };

  const { frontMatter, lineCount } = readFrontMatter(text, spans);
  for (let k = 0; k < lineCount; k++) hideLine(spans[k]!);
  if (lineCount === 0 && text.charCodeAt(0) === 0xfeff) mask.hide(0, 1);
  const labels = linkLabels(text, spans);

  let fence: string | undefined;
  let inComment = false;
  /** The kind of the previous line, and of the last non-blank one (lists continue over blanks). */
  const seen: { previous: LineKind; lastContent: LineKind } = { previous: "blank", lastContent: "blank" };
  const push = (span: Span, kind: LineKind): void => {
    lines.push({ start: span.start, end: span.end, kind }); // no spread: V8 builds it far slower
    seen.previous = kind;
    if (kind !== "blank") seen.lastContent = kind;
  };

  for (let i = lineCount; i < spans.length; i++) {
    const span = spans[i]!;
    const line = lineText(span);

    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, "") === "") fence = undefined;
      hideLine(span);
      continue;
    }
    let from = 0;
    if (inComment) {
      const close = line.indexOf("-->");
      if (close < 0) {
        hideLine(span);
        continue;
      }
      inComment = false;
      from = close + 3;
      mask.hide(span.start, span.start + from);
      if (line.slice(from).trim() === "") {
        push(span, "hidden");
        continue;
      }
    }

    const fenceOpen = from === 0 ? FENCE.exec(line) : null;
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      hideLine(span);
      seen.previous = seen.lastContent = "hidden";
      continue;
    }
    if (line.trim() === "") {
      push(span, "blank");
      continue;
    }
    const { previous, lastContent } = seen;
    const block = from === 0 && BLOCK_START.test(line);
    // An indented line is code unless it continues a paragraph, or a list item over a blank line.
    const continues = previous === "text" || previous === "quote" || previous === "list-item" || lastContent === "list-item";
    if (block && INDENTED_CODE.test(line) && !continues) {
      hideLine(span);
      continue;
    }
    const setext = block && SETEXT_UNDERLINE.test(line) && (previous === "text" || previous === "heading");
    const table = block && TABLE_DELIMITER.test(line) && line.includes("-") && line.includes("|");
    if (block && (setext || THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || table)) {
      if (setext) retitle(lines, "heading");
      hideLine(span);
      seen.previous = seen.lastContent = setext ? "heading" : "hidden";
      continue;
    }

    let kind: LineKind = "text";
    let contentStart = from;
    if (!block) {
      if (previous === "quote" && from === 0) kind = "quote"; // a lazy continuation line of the quoted paragraph
    } else {
      const heading = ATX_HEADING.exec(line);
      const quote = quoteMarkerLength(line);
      if (heading) {
        kind = "heading";
        contentStart = heading[0].length;
        const closing = ATX_CLOSING.exec(line);
        if (closing) mask.hide(span.start + closing.index, span.end);
      } else if (quote) {
        kind = "quote";
        contentStart = quote + listMarkerLength(line.slice(quote));
      } else if ((contentStart = listMarkerLength(line))) {
        kind = "list-item";
      } else if (previous === "quote") {
        kind = "quote"; // a lazy continuation line of the quoted paragraph
      }
    }
    mask.hide(span.start, span.start + contentStart);
    inComment = maskInline(line, span.start, contentStart, mask, labels);
    if (inComment && line.slice(contentStart).trimStart().startsWith("<!--")) kind = "hidden";
    push(span, kind);
  }
  return { text, format: "markdown", prose: mask.render(), lines, frontMatter };
}

function retitle(lines: Line[], kind: LineKind): void {
  const last = lines[lines.length - 1];
  if (last) lines[lines.length - 1] = { start: last.start, end: last.end, kind };
}

/** The labels of the document's link reference definitions (`[label]: target`), lower-cased. */
function linkLabels(text: string, spans: readonly Span[]): Set<string> {
  const labels = new Set<string>();
  if (!text.includes("]:")) return labels;
  for (const span of spans) {
    const m = LINK_DEFINITION.exec(text.slice(span.start, span.end));
    if (m) labels.add(normalizeLabel(m[1]!));
  }
  return labels;
}
