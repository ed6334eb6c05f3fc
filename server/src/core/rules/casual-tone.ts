import type { Letter } from "../letter";
import { literalPattern } from "../lexicon/literal";
import { LineIndex } from "../text/line-index";
import type { Span, TextEdit } from "../types";
import { acceptedWords, isKnownAcronym } from "./acronyms";
import { CASUAL_GREETINGS, CASUAL_TERMS, SHOUTED_WORDS, VAGUE_ADDRESSEES, type ToneTerm } from "./data/tone";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { findSlots } from "./unfilled-placeholder";
import { inCase, startsSentence } from "./wording";
import { within, writerProse } from "./writer-text";

/**
 * Whole words: ASCII `\b` lets the engine skip ahead fast; `isolated` then rejects a neighbour
 * that is a non-ASCII letter, an apostrophe or a hyphen ("cafétho", "you-u").
 */
const EDGE_BEFORE = String.raw`\b(?<![-'\u2019])`;
const EDGE_AFTER = String.raw`\b(?![-'\u2019])`;
const LETTER = /[\p{L}\p{N}]/u;
const isolated = (prose: string, start: number, end: number): boolean => !LETTER.test(prose[start - 1] ?? " ") && !LETTER.test(prose[end] ?? " ");
const escape = (s: string): string => literalPattern(s).replace(/'/g, "['\u2019]");
const key = (s: string): string => s.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, " ");

const SLANG = new RegExp(
  `${EDGE_BEFORE}(?:${[...CASUAL_TERMS].sort((a, b) => b.term.length - a.term.length).map((t) => escape(t.term)).join("|")})${EDGE_AFTER}`,
  "gi",
);
const TERMS: ReadonlyMap<string, ToneTerm> = new Map(CASUAL_TERMS.map((t) => [t.term, t]));
const GREETING_WORD = new RegExp(`${EDGE_BEFORE}(?:${CASUAL_GREETINGS.join("|")})${EDGE_AFTER}`, "gi");
const VAGUE_ADDRESSEE = new RegExp(`^[ \\t]+(?:${VAGUE_ADDRESSEES.map(escape).join("|")})${EDGE_AFTER}`, "i");
/** Pictographs, flags and emoji sequences; and typed emoticons standing alone (the lookahead skips plain ASCII fast). */
const EMOJI =
  /(?=[:;=<^]|[^\x00-\x7f])(?:(?:\p{Regional_Indicator}{2}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*|(?<![\p{L}\p{N}:/])(?:[:;=]-?[)(DPp\]|\\/]|<3|\^_?\^)(?![\p{L}\p{N}]))/gu;
const EXCLAMATIONS = /!+/g;
/** A word in capitals: a candidate for shouting unless it is an acronym. */
const CAPITALS = /\b(?<![&/.'\u2019-])[A-Z]{2,}(?:['\u2019][A-Z]+)?\b(?![&/'\u2019-])/g;
/** Longer words in capitals are shouting unless they are a known acronym. */
const SHOUTING_LENGTH = 6;
/** Single exclamation marks the letter may use before they add up to "many". */
const EXCLAMATION_LIMIT = 2;

const WHY = "In an apology it reads as offhand about the customer's problem.";

/** True when `word` is one of the tone table's terms ("borked"), which this rule reports instead of the spell check. */
export function isCasualWord(word: string): boolean {
  return TERMS.has(word.toLowerCase());
}

export const casualTone: Rule = {
  meta: {
    id: "casual-tone",
    description: "Slang, emoji, \"Hey\", repeated exclamation marks or shouting in capitals.",
    advice: "Use a professional yet empathetic tone: be courteous, and match the formality of the situation.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check({ letter, config }: RuleContext): RuleFinding[] {
    const prose = writerProse(letter);
    const found: RuleFinding[] = [
      ...slang(prose),
      ...greetings(letter, prose),
      ...emoji(prose),
      ...exclamations(letter, prose),
      ...shouting(letter, prose, acceptedWords(config.vocabulary.accept)),
    ];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return found.filter((f, i) => i === 0 || f.start >= found[i - 1]!.end);
  },
};

function slang(prose: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of prose.matchAll(SLANG)) {
    const term = TERMS.get(key(m[0]));
    const start = m.index;
    const end = start + m[0].length;
    if (!term || !isolated(prose, start, end)) continue;
    const message = `"${m[0]}" is chat language, not letter language. ${WHY}`;
    if (term.replacement === undefined) out.push({ start, end, message });
    else if (term.replacement === "") out.push({ start, end, message, fixes: [{ title: `Remove "${m[0]}"`, edits: [removal(prose, start, end)], safe: true }] });
    else {
      const newText = inCase(term.replacement, m[0], startsSentence(prose, start));
      out.push({ start, end, message, fixes: [{ title: `Replace with "${newText}"`, edits: [{ start, end, newText }], safe: true }] });
    }
  }
  return out;
}

/** "Hey" opening the letter becomes "Dear"; "Hey there" becomes "Dear Valued Customer". Elsewhere it goes. */
function greetings(letter: Letter, prose: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  const greeting = letter.structure.greeting;
  for (const m of prose.matchAll(GREETING_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isolated(prose, start, end)) continue;
    if (greeting?.start === start) {
      const vague = VAGUE_ADDRESSEE.exec(prose.slice(end, greeting.end));
      const edit = vague ? { start, end: end + vague[0].length, newText: "Dear Valued Customer" } : { start, end, newText: "Dear" };
      out.push({ start, end, message: `"${m[0]}" is too familiar to open a letter to a customer; "Dear …" shows respect.`, fixes: [{ title: `Replace with "${edit.newText}"`, edits: [edit], safe: true }] });
    } else if (/^h/i.test(m[0]) && startsSentence(prose, start)) {
      out.push({ start, end, message: `"${m[0]}" is chat language, not letter language. ${WHY}`, fixes: [{ title: `Remove "${m[0]}"`, edits: [removal(prose, start, end)], safe: true }] });
    }
  }
  return out;
}

function emoji(prose: string): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const m of prose.matchAll(EMOJI)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      message: `An emoji makes an apology look flippant; let the words carry the regret.`,
      fixes: [{ title: "Remove the emoji", edits: [emojiRemoval(prose, start, end)], safe: true }],
    });
  }
  return out;
}

/** "!!" anywhere, and every "!" once the letter has more than a couple. */
function exclamations(letter: Letter, prose: string): RuleFinding[] {
  const greeting = letter.structure.greeting;
  const greetingLineEnd = greeting ? lineEnd(prose, greeting.start) : -1;
  // One "!" after the greeting is a matter of taste; it does not count towards "many".
  const runs = [...prose.matchAll(EXCLAMATIONS)].filter((m) => m[0].length > 1 || !(greeting && m.index >= greeting.start && m.index < greeting.end));
  const many = runs.length > EXCLAMATION_LIMIT;
  const out: RuleFinding[] = [];
  for (const m of runs) {
    if (m[0].length === 1 && !many) continue;
    const start = m.index;
    const end = start + m[0].length;
    const inGreeting = greeting !== undefined && start >= greeting.start && start < greetingLineEnd;
    const newText = inGreeting ? "," : ".";
    out.push({
      start,
      end,
      message: m[0].length > 1
        ? "Repeated exclamation marks sound excited or cross, not sorry."
        : `This letter has ${runs.length} exclamation marks; so many make it sound breezy rather than sorry.`,
      fixes: [{ title: `Replace with "${newText}"`, edits: [{ start, end, newText }], safe: true }],
    });
  }
  return out;
}

/** Words in capitals on a line of ordinary text, outside the letterhead and signature. */
function shouting(letter: Letter, prose: string, accepted: ReadonlySet<string>): RuleFinding[] {
  const { greeting, closing, signature } = letter.structure;
  const skip: Span[] = [...signature, ...(closing ? [closing] : []), ...(greeting ? [{ start: 0, end: greeting.end }] : [])];
  const runs: Span[] = [];
  const lines = new LineIndex(prose);
  const lineHasLower = new Map<number, boolean>();
  // "[TICKET NUMBER]" is a template slot (unfilled-placeholder reports it), not the writer shouting.
  let slots: Span[] | undefined;
  // A line with no lower-case letter is a letterhead or a title: its capitals are not shouting.
  const ordinaryLine = (at: number): boolean => {
    const { line } = lines.position(at);
    let lower = lineHasLower.get(line);
    if (lower === undefined) {
      const start = lines.offset({ line, character: 0 });
      lineHasLower.set(line, (lower = /\p{Ll}/u.test(prose.slice(start, lineEnd(prose, start)))));
    }
    return lower;
  };
  for (const m of prose.matchAll(CAPITALS)) {
    const word = m[0];
    if (!isolated(prose, m.index, m.index + word.length)) continue;
    const letters = word.replace(/['\u2019]/g, "");
    if (isKnownAcronym(word, accepted)) continue;
    if (!SHOUTED_WORDS.has(letters.toLowerCase()) && letters.length < SHOUTING_LENGTH) continue;
    if (within(skip, m.index) || !ordinaryLine(m.index) || within((slots ??= findSlots(letter)), m.index)) continue;
    const last = runs.at(-1);
    if (last && /^[ \t]+$/.test(prose.slice(last.end, m.index))) runs[runs.length - 1] = { start: last.start, end: m.index + word.length };
    else runs.push({ start: m.index, end: m.index + word.length });
  }
  return runs.map(({ start, end }) => {
    const shouted = prose.slice(start, end);
    const newText = inCase(shouted.toLowerCase(), "", startsSentence(prose, start));
    return {
      start,
      end,
      message: `"${shouted}" in capitals reads as shouting at the customer.`,
      fixes: [{ title: `Write "${newText}"`, edits: [{ start, end, newText }], safe: true }],
    };
  });
}

/** Takes out an interjection: with its comma at the start of a sentence (capitalising what follows), with the space before it elsewhere. */
function removal(prose: string, start: number, end: number): TextEdit {
  if (startsSentence(prose, start)) {
    const k = end + /^[,;:!.\u2026]*[ \t]*/.exec(prose.slice(end, end + 12))![0].length;
    const next = prose[k];
    return next && /\p{Ll}/u.test(next) ? { start, end: k + 1, newText: next.toUpperCase() } : { start, end: k, newText: "" };
  }
  let from = start;
  while (from > 0 && /[ \t]/.test(prose[from - 1]!)) from--;
  const to = prose[end] === "," && prose[from - 1] === "," ? end + 1 : end;
  return { start: from, end: to, newText: "" };
}

/** Takes out an emoji with the space before it; one that ended a sentence leaves a full stop. */
function emojiRemoval(prose: string, start: number, end: number): TextEdit {
  let from = start;
  while (from > 0 && /[ \t]/.test(prose[from - 1]!)) from--;
  if (from === start) return { start, end: end + /^[ \t]*/.exec(prose.slice(end, end + 8))![0].length, newText: "" };
  const after = /^[ \t]*(.)?/u.exec(prose.slice(end, end + 8));
  const endedSentence = /[\p{L}\p{N}]/u.test(prose[from - 1]!) && /\p{Lu}/u.test(after?.[1] ?? "");
  return { start: from, end, newText: endedSentence ? "." : "" };
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}
