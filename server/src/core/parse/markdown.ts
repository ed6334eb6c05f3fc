import type { Span } from "../types";
import type { Line, LineKind, ParsedDocument } from "./document";
import { listMarkerLength, quoteMarkerLength, splitLines, urlSpans } from "./lines";
import { Mask } from "./mask";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const ATX_CLOSING = /[ \t]+#+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const INDENTED_CODE = /^(?: {4}|\t)/;
const FRONT_MATTER_KEY = /^([A-Za-z0-9_-]+):[ \t]*(.*)$/;
/** HTML tags a letter may contain; an unknown all-caps `<NAME>` is a template slot, not HTML. */
const HTML_TAG =
  /<\/?(?:a|abbr|b|br|center|code|del|details|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|s|small|span|strong|sub|summary|sup|table|tbody|td|th|thead|tr|u|ul)\b[^<>]*>/gi;
const INLINE_SYNTAX = /\\(?=[!-/:-@[-`{-~])|\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|\|/gu;

/**
 * Reduces CommonMark to the writer's prose. Block structure is read line by line (front matter,
 * fences, indented code, headings, quotes, lists, rules, link definitions, HTML comments) and
 * inline syntax is blanked (code spans, link targets, images, autolinks, tags, emphasis marks).
 */
export function parseMarkdown(text: string): ParsedDocument {
  const mask = new Mask(text);
  const spans = splitLines(text);
  const lines: Line[] = [];
  const frontMatter = new Map<string, string>();
  let i = 0;

  const hideLine = (span: Span): void => {
    mask.hide(span.start, span.end);
    lines.push({ ...span, kind: "hidden" });
  };
  const lineText = (span: Span): string => text.slice(span.start, span.end);

  if (spans.length > 1 && lineText(spans[0]!).trimEnd() === "---") {
    const close = spans.findIndex((s, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(lineText(s)));
    if (close > 0) {
      for (; i <= close; i++) {
        const m = FRONT_MATTER_KEY.exec(lineText(spans[i]!));
        if (m) frontMatter.set(m[1]!, m[2]!.trim());
        hideLine(spans[i]!);
      }
    }
  }

  let fence: string | undefined;
  let inComment = false;
  let previous: LineKind = "blank";
  for (; i < spans.length; i++) {
    const span = spans[i]!;
    const line = lineText(span);

    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence) && line.trim().replace(/[`~]/g, "") === "") fence = undefined;
      hideLine(span);
      continue;
    }
    if (inComment) {
      const close = line.indexOf("-->");
      if (close < 0) {
        hideLine(span);
        continue;
      }
      mask.hide(span.start, span.start + close + 3);
      inComment = false;
      if (line.slice(close + 3).trim() === "") {
        lines.push({ ...span, kind: "hidden" });
        continue;
      }
    }

    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      hideLine(span);
      previous = "hidden";
      continue;
    }
    if (line.trim() === "") {
      lines.push({ ...span, kind: "blank" });
      previous = "blank";
      continue;
    }
    if (previous === "blank" && INDENTED_CODE.test(line) && listMarkerLength(line.trimStart()) === 0) {
      hideLine(span);
      continue;
    }
    const setext: boolean = SETEXT_UNDERLINE.test(line) && (previous === "text" || previous === "heading");
    if (setext || THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DELIMITER.test(line) && line.includes("-") && line.includes("|")) {
      if (setext) retitle(lines, "heading");
      hideLine(span);
      previous = setext ? "heading" : "hidden";
      continue;
    }

    let kind: LineKind = "text";
    let contentStart = 0;
    const heading = ATX_HEADING.exec(line);
    const quote = quoteMarkerLength(line);
    if (heading) {
      kind = "heading";
      contentStart = heading[0].length;
      const closing = ATX_CLOSING.exec(line);
      if (closing) mask.hide(span.start + closing.index, span.end);
    } else if (quote) {
      kind = "quote";
      contentStart = quote;
      const marker = listMarkerLength(line.slice(quote));
      contentStart += marker;
    } else {
      contentStart = listMarkerLength(line);
      if (contentStart) kind = "list-item";
    }
    mask.hide(span.start, span.start + contentStart);
    inComment = maskInline(line, span.start, contentStart, mask);
    if (inComment && line.slice(contentStart).trimStart().startsWith("<!--")) kind = "hidden";
    lines.push({ ...span, kind });
    previous = kind;
  }
  return { text, format: "markdown", prose: mask.render(), lines, frontMatter };
}

function retitle(lines: Line[], kind: LineKind): void {
  const last = lines[lines.length - 1];
  if (last) lines[lines.length - 1] = { ...last, kind };
}

/** Blanks inline syntax in one line; returns true when an HTML comment stays open at its end. */
function maskInline(line: string, offset: number, from: number, mask: Mask): boolean {
  const hide = (start: number, end: number): void => mask.hide(offset + start, offset + end);
  let openComment = false;
  let k = from;
  while (k < line.length) {
    const c = line[k];
    if (c === "<" && line.startsWith("<!--", k)) {
      const close = line.indexOf("-->", k + 4);
      if (close < 0) {
        hide(k, line.length);
        openComment = true;
        break;
      }
      hide(k, close + 3);
      k = close + 3;
    } else if (c === "`") {
      const run = /^`+/.exec(line.slice(k))![0];
      const close = line.indexOf(run, k + run.length);
      if (close < 0) {
        hide(k, k + run.length);
        k += run.length;
      } else {
        hide(k, close + run.length);
        k = close + run.length;
      }
    } else if (c === "[" || (c === "!" && line[k + 1] === "[")) {
      k = maskLink(line, k, hide);
    } else if (c === "<") {
      const auto = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/.exec(line.slice(k));
      if (auto) hide(k, k + auto[0].length);
      k += auto ? auto[0].length : 1;
    } else {
      k++;
    }
  }
  for (const m of line.matchAll(HTML_TAG)) hide(m.index, m.index + m[0].length);
  for (const m of line.slice(from).matchAll(INLINE_SYNTAX)) hide(from + m.index, from + m.index + m[0].length);
  for (const url of urlSpans(line)) hide(url.start, url.end);
  return openComment;
}

/**
 * `[text](target)` keeps its text and loses its brackets and target; an image loses everything.
 * A bracket not followed by `(` is left alone: `[Customer's Name]` is a template slot.
 */
function maskLink(line: string, at: number, hide: (start: number, end: number) => void): number {
  const image = line[at] === "!";
  const open = image ? at + 1 : at;
  const close = line.indexOf("]", open + 1);
  if (close < 0 || line[close + 1] !== "(") return open + 1;
  let depth = 0;
  let end = close + 1;
  for (; end < line.length; end++) {
    if (line[end] === "(") depth++;
    else if (line[end] === ")" && --depth === 0) break;
  }
  if (end >= line.length) return open + 1;
  if (image) {
    hide(at, end + 1);
  } else {
    hide(open, open + 1);
    hide(close, end + 1);
  }
  return end + 1;
}
