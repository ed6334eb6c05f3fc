import { parseDocument, type DocumentFormat, type ParsedDocument } from "../parse";
import { splitSentences, type Sentence } from "./sentences";
import { findStructure, type LetterStructure } from "./structure";

export type { Sentence, Zone } from "./sentences";
export type { LetterStructure } from "./structure";

/** A parsed letter: its prose, its parts and its sentences. */
export interface Letter {
  readonly doc: ParsedDocument;
  readonly structure: LetterStructure;
  readonly sentences: readonly Sentence[];
  /** The sentences written in the writer's own voice: body and P.S., no headings or quotes. */
  readonly own: readonly Sentence[];
}

export function readLetter(text: string, format: DocumentFormat): Letter {
  const doc = parseDocument(text, format);
  const structure = findStructure(doc);
  const sentences = splitSentences(doc, structure);
  const own = sentences.filter((s) => s.zone !== "title" && s.kind !== "heading" && s.kind !== "quote");
  return { doc, structure, sentences, own };
}
