/**
 * A phrase as a pattern that matches exactly its text, with any run of white space (line breaks
 * included) between its words: how table entries and the user's own terms are matched, so no
 * entry can become an expensive regular expression.
 */
export function literalPattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, String.raw`\s+`);
}
