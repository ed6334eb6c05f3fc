import type { Sentence } from "../letter";
import type { Span } from "../types";
import { findApology } from "../elements/regret";
import { isConditionalApology } from "./conditional-apology";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { firstInSentences, matchSpan } from "./sentence-spans";

/** Fillers that stand for the offense without naming it. */
const FILLER = String.raw`(?:inconvenience|issues?|problems?|trouble|difficult(?:y|ies)|confusion|frustration|mix-?ups?|situation|experience|matter|incident|disappointment|distress|upset|hassle|disruption|circumstances)`;
const OCCASION = String.raw`(?:order|stay|visit|day|account|booking|service|journey|trip|flight|appointment|experience|delivery|purchase|call|parcel|package|item|product|meal|bill|invoice|payment|reservation|claim|application|request|case|ticket|device|subscription|plan|website|app)`;
/** What may follow a filler and still say nothing: "this may have caused", "you experienced", "with your order". */
const EMPTY_TAIL = String.raw`(?:\s+(?:this|it|that|which)\s+(?:may|might|could|has|will)\s+(?:have\s+)?(?:caused|created|brought)(?:\s+you)?|\s+(?:that\s+)?you\s+(?:have\s+|may\s+have\s+|might\s+have\s+)?(?:experienced|encountered|faced|had|suffered)|\s+(?:with|on|during|in|of|regarding|about)\s+(?:your|the|this|that)\s+(?:[\w'\u2019-]+\s+){0,2}?${OCCASION}\b)*`;
/** Adjectives that add nothing concrete: "the recent issues", "any further inconvenience". */
const EMPTY_ADJECTIVE = String.raw`(?:recent|unfortunate|above|whole|entire|ongoing|current|same|reported|technical|minor|further|possible|potential|unexpected|unforeseen|slight|small|little|great|considerable|significant|frustrating|disappointing|regrettable|unacceptable|inconvenient|many|various|overall)`;
const FILLER_PHRASE = String.raw`\b(?:any|the|this|that|these|those|your|all\s+the|some)\s+(?:${EMPTY_ADJECTIVE}\s+)?${FILLER}\b${EMPTY_TAIL}`;

/** Boilerplate objects of an apology: "any inconvenience this may have caused", "what happened with your order". */
const GENERIC = new RegExp(
  [
    String.raw`${FILLER_PHRASE}(?:\s+caused\s+by\s+${FILLER_PHRASE})?`,
    String.raw`\bwhat\s+(?:happened|went\s+wrong|occurred)(?:\s+(?:with|to|at|during|on)\s+(?:[\w'\u2019-]+\s+){0,2}?${OCCASION}\b)?`,
  ].join("|"),
  "i",
);

const MESSAGE =
  "This apology could go to anyone: the letter never says what went wrong. Name the specific offense so the customer knows you understand it.";

/**
 * The first boilerplate phrase in the given sentences: the letter's apology says nothing
 * particular. A conditional apology is conditional-apology's finding, not this one's.
 */
function firstGeneric(sentences: readonly Sentence[]): Span | undefined {
  return firstInSentences(sentences, (own) => (isConditionalApology(own) ? undefined : matchSpan(GENERIC, own)));
}

export const genericApology: Rule = {
  meta: {
    id: "generic-apology",
    description: "Boilerplate apologies (\"any inconvenience\", \"the issues you experienced\") in a letter that never names the offense.",
    advice: "Acknowledge the offense: be specific about what you are apologising for. A generic apology comes across as insincere.",
    defaultSeverity: "warning",
    fixable: true,
  },
  check(ctx: RuleContext): RuleFinding[] {
    if (ctx.elements.acknowledge.present || !ctx.elements.regret.present) return [];
    const phrase = firstGeneric(ctx.evidence.regret);
    // "We got it wrong, and I'm sorry": an apology for nothing named is as generic as "any
    // inconvenience", but with no filler to swap, naming the offense is the missing-acknowledge fix.
    if (!phrase) {
      const apology = firstInSentences(ctx.evidence.regret, findApology);
      return apology ? [{ ...apology, message: MESSAGE }] : [];
    }
    // With no offense to name (not even the situation's), a fix would swap one filler for another.
    if (!ctx.offense.concrete) return [{ ...phrase, message: MESSAGE }];
    const fix = { title: `Name the offense: "${ctx.offense.text}"`, edits: [{ ...phrase, newText: ctx.offense.text }], safe: false };
    return [{ ...phrase, message: MESSAGE, fixes: [fix] }];
  },
};
