import type { Line, ParsedDocument } from "./document";
import { listMarkerLength, quoteMarkerLength, splitLines, urlSpans } from "./lines";
import { Mask } from "./mask";

/** Plain text: everything is prose except list and quote markers and bare web and email addresses. */
export function parsePlaintext(text: string): ParsedDocument {
  const mask = new Mask(text);
  if (text.charCodeAt(0) === 0xfeff) mask.hide(0, 1);
  const lines: Line[] = splitLines(text).map(({ start, end }) => {
    const content = text.slice(start, end);
    for (const url of urlSpans(content)) mask.hide(start + url.start, start + url.end);
    if (content.trim() === "") return { start, end, kind: "blank" };
    const quote = quoteMarkerLength(content);
    if (quote) {
      mask.hide(start, start + quote);
      return { start, end, kind: "quote" };
    }
    const marker = listMarkerLength(content);
    mask.hide(start, start + marker);
    return { start, end, kind: marker ? "list-item" : "text" };
  });
  return { text, format: "plaintext", prose: mask.render(), lines, frontMatter: new Map() };
}
