import type { Span } from "../types";

export type DocumentFormat = "markdown" | "plaintext";

/**
 * How a line takes part in the letter. `hidden` lines (front matter, code, comments, rules,
 * link definitions) are not the writer's prose; `quote` lines are someone else's words.
 */
export type LineKind = "text" | "heading" | "list-item" | "quote" | "blank" | "hidden";

export interface Line extends Span {
  readonly kind: LineKind;
}

/**
 * A document reduced to its prose. `prose` has exactly the length of `text`: every character
 * that is not the writer's prose (Markdown syntax, code, URLs, front matter, `\r`) is a space,
 * so an offset found in `prose` is the same offset in `text`.
 */
export interface ParsedDocument {
  readonly text: string;
  readonly format: DocumentFormat;
  readonly prose: string;
  readonly lines: readonly Line[];
  /** Front matter keys and raw values, when the Markdown document starts with a YAML block. */
  readonly frontMatter: ReadonlyMap<string, string>;
}
