import type { DocumentFormat, ParsedDocument } from "./document";
import { parseMarkdown } from "./markdown";
import { parsePlaintext } from "./plaintext";

export type { DocumentFormat, Line, LineKind, ParsedDocument } from "./document";

export function parseDocument(text: string, format: DocumentFormat): ParsedDocument {
  return format === "markdown" ? parseMarkdown(text) : parsePlaintext(text);
}

/** The format a file name implies: Markdown for `.md`/`.markdown`, plain text otherwise. */
export function formatOf(fileName: string): DocumentFormat {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(fileName) ? "markdown" : "plaintext";
}
