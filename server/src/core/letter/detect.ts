import type { DocumentFormat } from "../parse";
import { readLetter } from "./index";

/** How much of a document auto-detection reads: a letter shows itself in its first lines. */
const HEAD = 4000;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologi[sz]ing|apologies|regret)\b/i;

export interface LetterSignals {
  /** Front matter says `apology-lint: true` (or false). */
  readonly optIn: boolean | undefined;
  /** A greeting line and an apology expression near the top. */
  readonly looksLikeLetter: boolean;
}

/** What a document says about being an apology letter, read from its head only. */
export function letterSignals(text: string, format: DocumentFormat): LetterSignals {
  const letter = readLetter(text.slice(0, HEAD), format);
  const flag = letter.doc.frontMatter.get("apology-lint");
  const optIn = flag === "true" ? true : flag === "false" ? false : undefined;
  const greeting = letter.structure.greeting;
  const looksLikeLetter = greeting !== undefined && APOLOGY.test(letter.doc.prose.slice(greeting.end, greeting.end + 1500));
  return { optIn, looksLikeLetter };
}
