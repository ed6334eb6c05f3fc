import { BAD, OFFENSE_NOUN, THING, WRONGLY } from "../lexicon/offense-words";
import type { Situation, Span } from "../types";
import type { Sentence } from "./sentences";

/** The offense as the letter names it, for fixes that write "… for <offense>". */
export interface Offense {
  readonly text: string;
  /** Where the letter names it; absent when the phrase is the situation's default. */
  readonly span?: Span;
  /** False when neither the letter nor its situation says what went wrong ("our mistake"). */
  readonly concrete: boolean;
}

/** Each default names its offense concretely, so a fix that inserts it acknowledges the offense. */
const DEFAULT_OFFENSE: Record<Situation, string> = {
  "late-delivery": "the late delivery of your order",
  "product-defect": "the defective product you received",
  "poor-service": "the poor service you received",
  "billing-error": "the billing error on your account",
  communication: "the lack of clarity in our communication",
  outage: "the service outage",
  "data-breach": "the exposure of your personal data",
  "wrong-item": "the wrong item we sent you",
  cancellation: "the cancellation of your booking",
  privacy: "the mishandling of your personal information",
  safety: "the unsafe product we supplied",
  other: "our mistake",
};

/** Where a phrase stops: before a verb-led clause or punctuation. */
const CLAUSE_END = String.raw`(?=\s+(?:and|but|that|which|who|this|it|as|because|when|while|so|has|have|had|was|were|is|are|did|could|would|will|can|caused|led|left|meant)\b|\s*[.,;:!?)\u2014]|\s*$)`;
/** A noun phrase also stops before a time or place adjunct: "the outage | during the sale". */
const NP_END = String.raw`(?:${CLAUSE_END}|(?=\s+(?:during|between|after|before|since|until|last|this|yesterday|today|you|we|I|our)\b))`;
const WORD = String.raw`[\w'’-]+`;
const DETERMINER = String.raw`(?:the|an?|your|our|this|that)`;
/** A modifier inside the noun phrase: not a verb, article or preposition ("that is an …", "statements for …"). */
const MODIFIER = String.raw`(?!(?:is|was|are|were|be|been|has|have|had|an?|the|this|that|these|those|their|our|your|my|his|her|its|for|of|on|to|in|with|from|at|by)\b)${WORD}`;
const HEAD = String.raw`(?:${DETERMINER}\s+(?:${MODIFIER}\s+){0,2}?(?:${BAD}\s+(?:${MODIFIER}\s+){0,2}?${THING}|${OFFENSE_NOUN})\b)`;

/** "sorry for the late delivery of your order" → "the late delivery of your order". */
const FOR_PHRASE = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e|apologies|regret|responsibility|apology|acknowledge)\s+(?:\w+\s+){0,3}?(?:for|about)\s+((?:the|your|our|this|that|my)\s+[^.,;:!?]{3,80}?)${CLAUSE_END}`,
  "i",
);
/** A concrete offense noun phrase with its complement: "the incorrect charge on your account". */
const NOUN_PHRASE = new RegExp(
  String.raw`\b${HEAD}(?:\s+(?:of|on|to|in|with|at|for|from)\s+(?!which\b|whom\b|whose\b)(?:${DETERMINER}\s+)?(?:${WORD}\s+){0,3}?${WORD}){0,2}${NP_END}`,
  "i",
);
/** "we charged your card twice" → "the mistake of charging your card twice": the company's own wrong act. */
const COMPANY_ACT = new RegExp(
  String.raw`\b(?:we|I|our\s+(?:${WORD}\s+)?(?:team|staff|system|driver|courier|warehouse|office|engineer|technician|department))\s+((?:mistakenly\s+|accidentally\s+|wrongly\s+)?(?:sent|charged|billed|posted|shipped|delivered|gave|told|cancell?ed|closed|deleted|lost|selected|used|issued|put|took|left|missed|forgot)\s+[^.;:!?]{3,100}?)(?=\s*(?:[,.;:!?]|\s(?:and|but|because|so|when|while|which)\b)|$)`,
  "i",
);
/** An apology's object that starts by naming the offense: "the defective product you received", not "the inconvenience". */
const CONCRETE = new RegExp(String.raw`^${HEAD}`, "i");
const MARKED = new RegExp(String.raw`\b${WRONGLY}\b`, "i");
const IRREGULAR: Record<string, string> = {
  sent: "sending", gave: "giving", told: "telling", lost: "losing", put: "putting", took: "taking", left: "leaving", forgot: "forgetting",
};

/** "charged" → "charging", "cancelled" → "cancelling", "sent" → "sending". */
function gerund(verb: string): string {
  const lower = verb.toLowerCase();
  return IRREGULAR[lower] ?? lower.replace(/ed$/, "") + "ing";
}

interface Found {
  readonly text: string;
  readonly at: number;
  readonly length: number;
}

function apologizedFor(s: Sentence): Found | undefined {
  const m = FOR_PHRASE.exec(s.own);
  const phrase = m?.[1]?.trim();
  if (!m || !phrase || !CONCRETE.test(phrase)) return undefined;
  return { text: phrase, at: m.index + m[0].lastIndexOf(phrase), length: phrase.length };
}

function companyAct(s: Sentence): Found | undefined {
  const m = COMPANY_ACT.exec(s.own);
  const clause = m?.[1];
  if (!m || !clause || !MARKED.test(clause)) return undefined;
  const words = clause.split(/\s+/).filter((w, i) => i > 0 || !/ly$/i.test(w));
  return { text: `the mistake of ${gerund(words[0]!)} ${words.slice(1).join(" ")}`, at: m.index + m[0].indexOf(clause), length: clause.length };
}

function offenseNoun(s: Sentence): Found | undefined {
  const m = NOUN_PHRASE.exec(s.own);
  if (!m) return undefined;
  return { text: m[0], at: m.index, length: m[0].length };
}

/** "That delay" → "the delay", "an incorrect charge" → "the incorrect charge". */
function asDefinite(phrase: string): string {
  return phrase
    .replace(/^(?:this|that|an?)\s+/i, "the ")
    .replace(/^(?:the|your|our)\b/i, (w) => w.toLowerCase())
    .replace(TRAILING_SYMBOLS, "")
    .replace(/\s+/g, " ");
}

/** An emoji or symbol after the words ("… membership 🙈") belongs to the sentence's tone, not to the offense. */
const TRAILING_SYMBOLS = /[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+$/u;

/**
 * The offense the letter names in its acknowledging sentences, as a noun phrase that reads in
 * "I take full responsibility for <offense>": what the apology is for, else the company's own
 * wrong act, else the first concrete offense noun; the situation's default when none is named.
 */
export function findOffense(acknowledging: readonly Sentence[], situation: Situation): Offense {
  for (const find of [apologizedFor, companyAct, offenseNoun]) {
    for (const s of acknowledging) {
      const found = find(s);
      if (!found) continue;
      const start = s.start + found.at;
      return { text: asDefinite(found.text), span: { start, end: start + found.length }, concrete: true };
    }
  }
  return { text: DEFAULT_OFFENSE[situation], concrete: situation !== "other" };
}
