import { literalPattern } from "../lexicon/literal";
import type { Fix, Span } from "../types";
import { acceptedWords, definedAcronyms, isKnownAcronym } from "./acronyms";
import { JARGON_ACRONYMS, JARGON_PHRASES, type JargonTerm } from "./data/jargon";
import { SHOUTED_WORDS } from "./data/tone";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { inCase, startsSentence } from "./wording";
import { within, writerProse } from "./writer-text";

/** ASCII word edges keep the scan fast; `isolated` rejects a non-ASCII letter next to a match. */
const BEFORE = String.raw`\b(?<!-)`;
const AFTER = String.raw`\b(?!-)`;
const LETTER = /[\p{L}\p{N}]/u;
const isolated = (prose: string, start: number, end: number): boolean => !LETTER.test(prose[start - 1] ?? " ") && !LETTER.test(prose[end] ?? " ");
/** A space in a pattern (outside a character class) matches any run of white space, line breaks included. */
const spaced = (pattern: string): string => pattern.replace(/ (?![^[]*\])/g, String.raw`\s+`);

/** One alternation per table, one capture group per term, so a match names its term. */
function compile(terms: readonly JargonTerm[], flags: string): RegExp {
  const alternatives = terms.map((t) => `(${spaced(t.pattern)}${t.plural ? "s?" : ""})`);
  return new RegExp(`${BEFORE}(?:${alternatives.join("|")})${AFTER}`, flags);
}

const PHRASES = compile(JARGON_PHRASES, "gi");
/** The table's one-word terms on their own ("cron", "failover"): jargon to explain, not words misspelt. */
const JARGON_WORD = new RegExp(`^(?:${JARGON_PHRASES.map((t) => `${spaced(t.pattern)}${t.plural ? "s?" : ""}`).join("|")})$`, "i");

/** True when `word` is one of the jargon table's terms, which the jargon rule reports instead of the spell check. */
export function isJargonWord(word: string): boolean {
  return JARGON_WORD.test(word);
}
const ACRONYMS = compile(JARGON_ACRONYMS, "g");
/** Three to five capitals: an acronym when it is not a shouted word, a known acronym, or part of a name or code. */
const CAPITALS = /\b(?<![&/.'\u2019-])([A-Z]{3,5})s?\b(?![&/'\u2019-])/g;
const ARTICLE = /\b(an?)\s+$/i;

const extraTerms = new WeakMap<readonly string[], RegExp>();

export const jargon: Rule = {
  meta: {
    id: "jargon",
    description: "Internal terms and unexplained abbreviations the customer may not know.",
    advice: "Don't use jargon that might confuse the customer: say it in plain words, or explain a term the first time you use it.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check({ letter, config }: RuleContext): RuleFinding[] {
    const prose = writerProse(letter);
    const defined = definedAcronyms(prose);
    const found: RuleFinding[] = [];
    const taken = (at: number, end: number): boolean => found.some((f) => at < f.end && f.start < end);
    for (const [pattern, terms] of [[PHRASES, JARGON_PHRASES], [ACRONYMS, JARGON_ACRONYMS]] as const) {
      for (const m of prose.matchAll(pattern)) {
        const term = terms[m.slice(1).findIndex((g) => g !== undefined)];
        const end = m.index + m[0].length;
        if (!term || taken(m.index, end) || !isolated(prose, m.index, end) || defined.has(m[0].replace(/s$/, ""))) continue;
        found.push(tableFinding(prose, m.index, m[0], term));
      }
    }
    // Without user terms there is nothing to scan for: an empty pattern would still visit every position.
    const extra = config.vocabulary.jargon.length ? prose.matchAll(extraPattern(config.vocabulary.jargon)) : [];
    for (const m of extra) {
      if (!taken(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, message: `"${m[0]}" is an internal term the customer may not know; say what it means in plain words.` });
    }
    found.push(...unexplained(letter, prose, defined, acceptedWords(config.vocabulary.accept)).filter((f) => !taken(f.start, f.end)));
    return found.sort((a, b) => a.start - b.start);
  },
};

function tableFinding(prose: string, start: number, text: string, term: JargonTerm): RuleFinding {
  const end = start + text.length;
  if (term.plain === undefined) {
    return { start, end, message: `"${text}" is an internal term the customer may not know; say what it means in plain words.` };
  }
  const plain = term.plural && /s$/.test(text) ? `${term.plain}s` : term.plain;
  return {
    start,
    end,
    message: `"${text}" is an internal term the customer may not know; say "${plain}" instead.`,
    fixes: [plainWording(prose, start, end, plain)],
  };
}

/** Replaces the term, and its article when the plain wording needs the other one ("an RMA" → "a return authorization"). */
function plainWording(prose: string, start: number, end: number, plain: string): Fix {
  const original = prose.slice(start, end);
  const article = ARTICLE.exec(prose.slice(Math.max(0, start - 4), start));
  let newText = inCase(plain, original, startsSentence(prose, start));
  let from = start;
  if (article) {
    const wanted = /^[aeiou]/i.test(plain) ? "an" : "a";
    if (article[1]!.toLowerCase() !== wanted) {
      from = start - article[0].length;
      newText = `${inCase(wanted, article[1]!, false)} ${newText}`;
    }
  }
  return { title: `Replace with "${plain}"`, edits: [{ start: from, end, newText }], safe: true };
}

/** The user's own jargon terms, matched literally as whole words in any capitalisation. */
function extraPattern(terms: readonly string[]): RegExp {
  let pattern = extraTerms.get(terms);
  if (!pattern) {
    const alternatives = terms.map(literalPattern);
    // A user's term may start or end with a symbol ("L2+"), where ASCII word edges do not apply.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}-])`, "giu");
    extraTerms.set(terms, pattern);
  }
  return pattern;
}

/** The first use of each acronym the letter never explains, outside the letterhead and signature. */
function unexplained(letter: RuleContext["letter"], prose: string, defined: ReadonlySet<string>, accepted: ReadonlySet<string>): RuleFinding[] {
  const { greeting, closing, signature } = letter.structure;
  const skip: Span[] = [...signature, ...(closing ? [closing] : []), ...(greeting ? [{ start: 0, end: greeting.end }] : [])];
  // Capitals the letterhead or signature use are the company's own name ("Customer Care, KLM").
  const seen = new Set<string>(skip.flatMap((span) => prose.slice(span.start, span.end).match(/\b[A-Z]{3,5}\b/g) ?? []));
  const out: RuleFinding[] = [];
  for (const m of prose.matchAll(CAPITALS)) {
    const acronym = m[1]!;
    if (!isolated(prose, m.index, m.index + m[0].length) || seen.has(acronym) || defined.has(acronym) || SHOUTED_WORDS.has(acronym.toLowerCase()) || isKnownAcronym(acronym, accepted)) continue;
    if (within(skip, m.index) || /^\s+\d/.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 3)) || inName(prose, m.index, m.index + m[0].length)) continue;
    seen.add(acronym);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      message: `"${m[0]}" is an abbreviation the letter never explains; spell it out, or explain it in parentheses the first time.`,
    });
  }
  return out;
}

/**
 * Capitals inside a name or a line of capitals are not jargon: "Harbour ABC Hotel", a letterhead.
 * The word before counts as part of a name only when it does not start the sentence.
 */
function inName(prose: string, start: number, end: number): boolean {
  const lineFrom = prose.lastIndexOf("\n", start - 1) + 1;
  const lineTo = prose.indexOf("\n", end);
  if (!/\p{Ll}/u.test(prose.slice(lineFrom, lineTo < 0 ? prose.length : lineTo))) return true;
  const before = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(prose.slice(Math.max(lineFrom, start - 30), start));
  if (before && !startsSentence(prose, start - before[0].length)) return true;
  return /^[ \t]+\p{Lu}\p{Ll}/u.test(prose.slice(end, end + 4));
}
