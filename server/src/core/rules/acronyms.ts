import { JARGON_ACRONYMS, EVERYDAY_ACRONYMS } from "./data/jargon";

/** "service level agreement (SLA)" or "SLA (service level agreement)": an acronym the letter explains. */
const DEFINITION = /\(\s*([A-Z][A-Z0-9]{1,5})s?\s*\)|\b([A-Z][A-Z0-9]{1,5})s?\s+\(\s*(?:an?\s+|the\s+)?[A-Za-z]{2,}[A-Za-z\s-]*\)/g;

/** The acronyms a letter spells out in parentheses somewhere. */
export function definedAcronyms(prose: string): Set<string> {
  const defined = new Set<string>();
  if (!prose.includes("(")) return defined;
  for (const m of prose.matchAll(DEFINITION)) defined.add((m[1] ?? m[2])!);
  return defined;
}

const TABLE_ACRONYMS: ReadonlySet<string> = new Set(JARGON_ACRONYMS.map((t) => t.pattern).filter((p) => /^[\p{L}\p{N}]+$/u.test(p)));

/** Capitals that are an acronym the reader knows or the rules know: everyday, internal, or accepted by the user. */
export function isKnownAcronym(word: string, accepted: ReadonlySet<string>): boolean {
  return EVERYDAY_ACRONYMS.has(word) || TABLE_ACRONYMS.has(word) || accepted.has(word.toLowerCase());
}

/** The user's accepted words (`vocabulary.accept`), lower-cased, for case-insensitive look-up. */
export function acceptedWords(accept: readonly string[]): Set<string> {
  return new Set(accept.map((w) => w.toLowerCase()));
}
