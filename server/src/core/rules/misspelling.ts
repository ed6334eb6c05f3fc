import type { Letter } from "../letter";
import type { HunspellDictionary } from "../spelling/hunspell";
import { englishDictionary } from "../spelling/load";
import { suggestions, type Suggestion } from "../spelling/suggest";
import type { Fix } from "../types";
import { isCasualWord } from "./casual-tone";
import { isJargonWord } from "./jargon";
import type { Rule, RuleContext, RuleFinding } from "./rule";

/** A word-like run: letters and digits joined by apostrophes, hyphens and the marks of addresses. */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'\u2019._@/+&-]*[\p{L}\p{M}\p{N}])?/gu;
/**
 * TOKEN for text with no letters beyond ASCII, where both find the same runs: the Unicode
 * property classes make TOKEN about four times slower, and most letters are plain ASCII.
 */
const ASCII_TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9'\u2019._@/+&-]*[A-Za-z0-9])?/g;
/** Characters beyond ASCII that are letters, digits or marks, or may be: typographic quotes and dashes are not. */
const BEYOND_ASCII = /[^\x00-\x7f\u2013\u2014\u2018-\u201d\u2026\u00a0]/;
/** TOKEN for the name scan, which runs in the middle of check's own scan with TOKEN. */
const NAME_TOKEN = new RegExp(TOKEN.source, TOKEN.flags);
/** Codes, order numbers, addresses, abbreviations with dots: not words to spell-check. */
const NOT_A_WORD = /[\p{N}._@/+&]/u;
/** An upper-case letter after the first: product names (iPhone, PayPal) and acronyms. */
const INNER_CAPITAL = /^.[^]*\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
/** CAPITALISED, with the common ASCII case decided without a regular expression. */
const isCapitalised = (word: string): boolean => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(word);
};
/** A quoted passage in single marks: someone else's words, e.g. the error being reported. */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])'[^'\n]{1,200}'(?![\p{L}\p{N}])|\u2018[^\u2019\n]{1,200}\u2019(?![\p{L}\p{N}])/gu;
const POSSESSIVE = /['\u2019]s$/;
/** Endings of contractions and possessives on a word the dictionary may list bare. */
const CLITIC = /(?:n't|'(?:s|d|ll|re|ve|m))$|(?<=s)'$/i;
/** Parts of hyphenated compounds that are prefixes, not words: "co-worker", "re-send". */
const COMBINING = new Set(["co", "re", "pre", "non", "anti", "multi", "self", "ex", "e", "semi", "mid", "post", "sub", "pro", "inter", "over", "under", "un"]);
/**
 * What may stand between a word and its repetition in the original text: spaces and at most one
 * line break. Markup blanked in the prose (table bars, emphasis) keeps the words apart.
 */
const BLANK = /^[ \t]*\r?\n?[ \t]*$/;
/** Words English does repeat: "what it had had", "he said that that was all". */
const GRAMMATICAL_DOUBLES = new Set(["had", "that", "is"]);
/** Shorter unknown words are mostly slang and abbreviations (lol, tbh, btw), not slips. */
const MIN_LENGTH = 4;
/** Longer runs are not words (and would make hundreds of thousands of suggestion candidates). */
const MAX_LENGTH = 40;
/**
 * An unknown word counts as a misspelling only when a dictionary word is one common slip away
 * (see suggestions): jargon, slang and coined words ("failover", "webhook") are not near one.
 */
const LIKELY_SLIP = 0.85;
/** A capitalised word may be a name the dictionary lacks ("Marek" is not "mark"): it needs a closer match. */
const LIKELY_SLIP_CAPITALISED = 0.8;
/** Verdicts per token, kept across analyses: a letter is re-checked on every keystroke. */
const verdicts = new Map<string, readonly Part[]>();
const MAX_VERDICTS = 20_000;

const ADVICE = "A spelling slip makes a careful apology look careless, and the customer reads it as a sign of how much care went into their case.";

export const misspelling: Rule = {
  meta: {
    id: "misspelling",
    description: "A misspelt word or a word written twice.",
    advice: "Proofread the letter before sending it: spelling mistakes undercut the sincerity of an apology.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check({ letter, config }: RuleContext): RuleFinding[] {
    const dictionary = englishDictionary();
    const findings: RuleFinding[] = [];
    const accepted = new Set(config.vocabulary.accept.flatMap((w) => w.toLowerCase().split(/\s+/)));
    let names: ReadonlySet<string> | undefined;
    for (const sentence of letter.own) {
      const own = /['\u2018]/.test(sentence.own) ? sentence.own.replace(SINGLE_QUOTED, (q) => " ".repeat(q.length)) : sentence.own;
      let previous: { token: string; end: number } | undefined;
      const words = BEYOND_ASCII.test(own) ? TOKEN : ASCII_TOKEN;
      words.lastIndex = 0;
      // A plain exec loop: this runs for every word of the letter.
      for (let m = words.exec(own); m; m = words.exec(own)) {
        const token = m[0];
        const at = sentence.start + m.index;
        if (previous && isRepeat(previous.token, token, letter.doc.text, sentence.start + previous.end, at)) {
          const start = sentence.start + previous.end;
          const end = at + token.length;
          findings.push({
            start,
            end,
            message: `"${token}" is written twice. ${ADVICE}`,
            fixes: [{ title: `Remove the repeated "${token}"`, edits: [{ start, end, newText: "" }], safe: true }],
          });
        }
        const initial = previous === undefined;
        previous = { token, end: m.index + token.length };
        // A name: capitalised mid-sentence, or anywhere with a possessive ("Tumblr's success").
        if (!dictionary || (isCapitalised(token) && (!initial || POSSESSIVE.test(token)))) continue;
        const parts = assess(token, dictionary);
        if (parts.length === 0 || accepted.has(token.toLowerCase())) continue;
        for (const part of parts) {
          if (accepted.has(part.word.toLowerCase())) continue;
          if (CAPITALISED.test(part.word) && (names ??= namesIn(letter)).has(part.word)) continue;
          const start = at + part.at;
          const offered = part.offered.map((s) => matchCase(s.word, part.word));
          findings.push({ start, end: start + part.word.length, message: misspeltMessage(part.word, offered), fixes: offered.map((s) => replaceWith(s, start, part.word.length)) });
        }
      }
    }
    return findings;
  },
};

/** A word written again right after itself, as in "the the"; a capital second word is a name ("Bora Bora"). */
function isRepeat(first: string, second: string, text: string, gapStart: number, gapEnd: number): boolean {
  return (
    first.length === second.length &&
    first.toLowerCase() === second.toLowerCase() &&
    BLANK.test(text.slice(gapStart, gapEnd)) &&
    !CAPITALISED.test(second) &&
    !NOT_A_WORD.test(second) &&
    !GRAMMATICAL_DOUBLES.has(second.toLowerCase())
  );
}

interface Part {
  readonly word: string;
  /** Offset of the part in the token. */
  readonly at: number;
  readonly offered: readonly Suggestion[];
}

/** The likely slips in a token: the word itself, or the parts of a compound. */
function assess(token: string, dictionary: HunspellDictionary): readonly Part[] {
  let parts = verdicts.get(token);
  if (parts === undefined) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    if (NOT_A_WORD.test(token) || INNER_CAPITAL.test(token)) parts = [];
    else parts = unknownParts(token, dictionary).flatMap((part) => {
      if (part.word.length < MIN_LENGTH || part.word.length > MAX_LENGTH) return [];
      const offered = suggestions(part.word.toLowerCase(), dictionary);
      const limit = CAPITALISED.test(part.word) ? LIKELY_SLIP_CAPITALISED : LIKELY_SLIP;
      return offered[0] && offered[0].cost <= limit ? [{ ...part, offered }] : [];
    });
    verdicts.set(token, parts);
  }
  return parts;
}

/** The parts of a token the dictionary does not know: the whole word, or parts of a compound. */
function unknownParts(token: string, dictionary: HunspellDictionary): Array<{ word: string; at: number }> {
  const word = token.replace(/\u2019/g, "'");
  if (isWord(word, dictionary)) return [];
  if (!word.includes("-")) return [{ word: bare(token), at: 0 }];
  const parts: Array<{ word: string; at: number }> = [];
  let at = 0;
  for (const piece of word.split("-")) {
    if (piece && !COMBINING.has(piece.toLowerCase()) && !isWord(piece, dictionary) && !dictionary.isNounWith("er", piece.toLowerCase())) parts.push({ word: bare(token.slice(at, at + piece.length)), at });
    at += piece.length + 1;
  }
  return parts;
}

function isWord(word: string, dictionary: HunspellDictionary): boolean {
  const lower = word.toLowerCase();
  if (dictionary.has(word) || dictionary.has(lower) || dictionary.isVerbedNoun(lower) || dictionary.isNounWith("y", lower) || isJargonWord(word) || isCasualWord(word)) return true;
  const base = word.replace(CLITIC, "");
  return base !== word && base.length > 0 && isWord(base, dictionary);
}

/** The word without a possessive or contraction ending: what a suggestion replaces. */
function bare(word: string): string {
  return word.replace(/(?:['\u2019](?:s|d|ll|re|ve|m))$|(?<=s)['\u2019]$/i, "");
}

/** Capitalised words the letter uses as names: mid-sentence, in the greeting, the sign-off, the signature. */
function namesIn(letter: Letter): Set<string> {
  const names = new Set<string>();
  const add = (text: string, skipFirst: boolean): void => {
    let first = skipFirst;
    for (const m of text.matchAll(NAME_TOKEN)) {
      if (!first && CAPITALISED.test(m[0])) names.add(bare(m[0]));
      first = false;
    }
  };
  for (const s of letter.sentences) add(s.text, true);
  const { greeting, closing, signature } = letter.structure;
  for (const span of [greeting, closing, ...signature]) if (span) add(letter.doc.prose.slice(span.start, span.end), false);
  return names;
}

/** The suggestion with the word's initial capital (all-capital words are never checked). */
function matchCase(suggestion: string, word: string): string {
  return CAPITALISED.test(word) ? suggestion[0]!.toUpperCase() + suggestion.slice(1) : suggestion;
}

function misspeltMessage(word: string, offered: readonly string[]): string {
  const hint = offered.length ? ` Did you mean "${offered[0]}"?` : "";
  return `"${word}" looks misspelt.${hint} ${ADVICE}`;
}

function replaceWith(suggestion: string, start: number, length: number): Fix {
  return { title: `Change to "${suggestion}"`, edits: [{ start, end: start + length, newText: suggestion }], safe: false };
}
