import { firstCommitment, namesConcreteMeasure } from "../elements/change";
import type { Rule, RuleContext, RuleFinding } from "./rule";
import { firstInSentences, matchSpan } from "./sentence-spans";

/** Up to three more words of the promise, stopping where its circumstances begin ("in future", "so that"). */
const FEW_WORDS = String.raw`(?:\s+(?!(?:in|on|for|going|moving|with|at|from|so|and|but|to|that|this|it|as|wherever|whenever)\b)[\w'\u2019-]+){0,3}`;

/** The same mishap again, in other words: "a situation like this", "the same mistake". */
const REPEAT = String.raw`(?:(?:an?|the|this|such\s+an?)\s+(?:same\s+)?(?:situation|mistake|problem|error|incident|failure|thing)(?:\s+like\s+(?:this|that|it))?)`;

/**
 * Promises of change that name no step, strongest first: the range goes to the most telling one
 * in the sentence ("try to do better" before "in future").
 */
const VAGUE: readonly RegExp[] = [
  String.raw`\b(?:committed|commit|dedicated|determined|pledge)\s+to\s+(?:\w+\s+){0,2}?(?:improv\w*|do(?:ing)?\s+better|better\w*|learn\w*|excellence|getting\s+(?:it|this|things)\s+right|making\s+sure|ensuring)(?:\s+(?:our|my)\s+[\w-]+(?:\s+[\w-]+)?)?`,
  String.raw`\b(?:try(?:ing)?|strive|striving|endea?vou?r(?:ing)?|aim(?:ing)?|seek(?:ing)?|work(?:ing)?\s+hard|hope|hoping)\s+to\s+(?!(?:make|help|put|resolve|fix)\s+(?:this|things|it)\s+right)[\w'\u2019-]+${FEW_WORDS}`,
  String.raw`\bdo(?:ing)?\s+(?:our|my)\s+(?:very\s+)?(?:best|utmost)\b(?:\s+to\s+[\w'\u2019-]+${FEW_WORDS})?`,
  String.raw`\b(?:do|doing)\s+(?:\w+\s+)?better\b|\bbe\s+(?:(?:a\s+lot|a\s+bit|much|way|far|even|extra)\s+)?more\s+(?:careful|vigilant|attentive|thorough)\b`,
  String.raw`\b(?:learn|take\s+(?:\w+\s+)?lessons?)\s+from\s+(?:this|it|that|what\s+happened|the\s+\w+|your\s+\w+)`,
  String.raw`\balways\s+(?:looking|working|striving|seeking)\s+(?:for\s+ways\s+)?to\s+improve\b`,
  String.raw`\b(?:feedback|comments?)\s+(?:has|have)\s+been\s+(?:passed\s+on|shared|forwarded|noted)\b`,
  String.raw`\b(?:make\s+sure|ensure)\s+(?:that\s+)?(?:this|it|that|${REPEAT})\s+(?:does\s+not|doesn['\u2019]t|won['\u2019]t|will\s+not|never|cannot|can['\u2019]t)\s+(?:happens?|occurs?|recurs?)\s+(?:\w+\s+){0,2}?again\b|\b(?:won['\u2019]t|will\s+not|never)\s+happen\s+again\b`,
].map((source) => new RegExp(source, "i"));

const MESSAGE =
  "This promise of change names no concrete step. Say what you are changing (a reviewed process, a new check, training) so the customer can believe it will not happen again.";

export const vagueCommitment: Rule = {
  meta: {
    id: "vague-commitment",
    description: "The only promise of change is vague: \"we'll try to do better\", \"committed to improving\".",
    advice: "Commit to change by naming the step you are taking, for example \"We are reviewing our shipping processes to ensure timely deliveries in the future.\"",
    defaultSeverity: "information",
    fixable: false,
  },
  check(ctx: RuleContext): RuleFinding[] {
    const promises = ctx.evidence.change;
    if (promises.length === 0 || promises.some((s) => namesConcreteMeasure(s.own))) return [];
    // The most telling vague phrase first; else a promise in words of its own ("make our systems
    // more robust"): point at the promise itself.
    for (const find of [...VAGUE.map((pattern) => (own: string) => matchSpan(pattern, own)), firstCommitment]) {
      const span = firstInSentences(promises, find);
      if (span) return [{ ...span, message: MESSAGE }];
    }
    return [];
  },
};
